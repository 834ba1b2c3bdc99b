package io.linecare.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.customer.ServiceType;
import io.linecare.customer.Subscription;
import io.linecare.demo.DemoDatabase;
import io.linecare.demo.SeededDemoDatabase;
import io.linecare.demo.DemoIsp;

class JdbcBillingSystemTest {

    @RegisterExtension
    static final SeededDemoDatabase database = new SeededDemoDatabase();

    private static BillingSystem billing;
    private static final DemoIsp expected = DemoDatabase.expected();

    @BeforeAll
    static void adapters() {
        billing = new JdbcBillingSystem(database.jdbc());
    }

    @Test
    void billsOfACustomerNewestFirstWithTheirLines() {
        List<Bill> bills = billing.billsOf(3);

        assertThat(bills).extracting(Bill::periodStart).containsExactly(
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 1));
        assertThat(bills.get(0).reference()).matches("BL-202602-\\d{6}");
        assertThat(bills.get(0).state()).isEqualTo(BillState.SENT); // due 21 March, after today
        for (Bill bill : bills) {
            assertThat(billing.bill(bill.id())).contains(bill);
            List<BillLine> lines = billing.linesOf(bill.id());
            assertThat(lines).containsExactlyElementsOf(expected.billLines().stream().filter(l -> l.billId() == bill.id()).toList());
            assertThat(lines.stream().map(BillLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(bill.total());
        }
        assertThat(billing.bill(99_999)).isEmpty();
        assertThat(billing.billsOf(99_999)).isEmpty();
    }

    @Test
    void theUnannouncedPriceRiseIsVisibleOnTheBill() {
        PricePlan plan = billing.pricePlan("BB-300").orElseThrow();
        List<PriceChange> changes = billing.priceChanges("BB-300");
        Bill february = billing.billsOf(3).get(0);
        Bill january = billing.billsOf(3).get(1);

        assertThat(plan.serviceType()).isEqualTo(ServiceType.BROADBAND);
        assertThat(plan.downloadMbps()).isEqualTo(300);
        assertThat(plan.monthlyPrice()).isEqualByComparingTo("109.00");
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.wasAnnounced()).isFalse();
            assertThat(change.effectiveFrom()).isEqualTo(LocalDate.of(2026, 2, 1));
            assertThat(change.oldPrice()).isEqualByComparingTo("99.00");
        });
        assertThat(recurring(february)).isEqualByComparingTo("109.00");
        assertThat(recurring(january)).isEqualByComparingTo("99.00");
        assertThat(billing.priceChanges("TV-BASIC")).singleElement().satisfies(c -> assertThat(c.wasAnnounced()).isTrue());
        assertThat(billing.pricePlan("VOIP-HOME").orElseThrow().downloadMbps()).isNull();
        assertThat(billing.pricePlan("NOPE")).isEmpty();
    }

    @Test
    void usageLinesCanBeCheckedAgainstUsageRecords() {
        Subscription phone = expected.subscriptions().stream()
                .filter(s -> s.serviceType() == ServiceType.VOIP && s.isActive()).findFirst().orElseThrow();
        Bill bill = billing.billsOf(phone.customerId()).get(0);
        BillLine usageLine = billing.linesOf(bill.id()).stream()
                .filter(l -> l.kind() == BillLineKind.USAGE && Long.valueOf(phone.id()).equals(l.subscriptionId()))
                .findFirst().orElseThrow();

        List<UsageRecord> usage = billing.usageOf(phone.id(), bill.periodStart(), bill.periodEnd());

        assertThat(usage).isNotEmpty().allMatch(u -> u.kind() == UsageKind.VOICE_MINUTES)
                .allMatch(u -> !u.day().isBefore(bill.periodStart()) && !u.day().isAfter(bill.periodEnd()));
        assertThat(usage.stream().map(UsageRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(usageLine.amount());
        assertThat(billing.usageOf(phone.id(), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31))).isEmpty();
    }

    private BigDecimal recurring(Bill bill) {
        return billing.linesOf(bill.id()).stream().filter(l -> l.kind() == BillLineKind.RECURRING)
                .filter(l -> l.description().startsWith("宽带 300M")).findFirst().orElseThrow().amount();
    }
}
