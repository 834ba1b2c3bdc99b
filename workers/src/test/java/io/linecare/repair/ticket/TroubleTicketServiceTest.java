package io.linecare.repair.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.linecare.customer.ChannelPreference;
import io.linecare.customer.Customer;
import io.linecare.customer.ServiceType;
import io.linecare.customer.Subscription;
import io.linecare.customer.SubscriptionStatus;
import io.linecare.customer.Tier;
import io.linecare.platform.tmf.TmfBadRequestException;

class TroubleTicketServiceTest {

    private static final Customer CUSTOMER = new Customer(7, "CU-000007", "Zhang Wei", Tier.STANDARD, false,
            "zw@example.com", "+8613800000000", Locale.forLanguageTag("zh-CN"), ChannelPreference.values()[0], null,
            ZoneId.of("Asia/Shanghai"), "1 Road", "HZ-01", LocalDate.of(2020, 1, 1), null);
    private static final Subscription BROADBAND = line(101, "BB-0571-000101", SubscriptionStatus.ACTIVE);
    private static final Subscription VOICE = line(102, "0571-80000102", SubscriptionStatus.SUSPENDED);
    private static final List<Subscription> LINES = List.of(BROADBAND, VOICE);

    @Test
    void findsTheLineByNumberOrSubscriptionId() {
        assertThat(TroubleTicketService.affectedLine(CUSTOMER, LINES, "BB-0571-000101")).isEqualTo(BROADBAND);
        assertThat(TroubleTicketService.affectedLine(CUSTOMER, LINES, "101")).isEqualTo(BROADBAND);
    }

    @Test
    void aLineOfAnotherCustomerIsNotThisCustomers() {
        assertThatThrownBy(() -> TroubleTicketService.affectedLine(CUSTOMER, LINES, "BB-0571-999999"))
                .isInstanceOf(TmfBadRequestException.class)
                .hasMessage("relatedEntity: 'BB-0571-999999' is not a line of customer CU-000007")
                .extracting(e -> ((TmfBadRequestException) e).code()).isEqualTo("lineNotOfCustomer");
    }

    @Test
    void anInactiveLineIsRefused() {
        assertThatThrownBy(() -> TroubleTicketService.affectedLine(CUSTOMER, LINES, "102"))
                .hasMessage("relatedEntity: line 0571-80000102 of customer CU-000007 is suspended, not active")
                .extracting(e -> ((TmfBadRequestException) e).code()).isEqualTo("lineNotActive");
    }

    @Test
    void theDefaultNameIsTheFirstLineOfTheDescription() {
        assertThat(TroubleTicketRequests.defaultName("No dial tone\nsince Monday")).isEqualTo("No dial tone");
        assertThat(TroubleTicketRequests.defaultName("x".repeat(100))).hasSize(80).endsWith("…");
    }

    private static Subscription line(long id, String number, SubscriptionStatus status) {
        return new Subscription(id, 7, ServiceType.BROADBAND, "BB-100", number, "AN-1", status,
                LocalDate.of(2021, 1, 1), status == SubscriptionStatus.CANCELLED ? LocalDate.of(2022, 1, 1) : null);
    }
}
