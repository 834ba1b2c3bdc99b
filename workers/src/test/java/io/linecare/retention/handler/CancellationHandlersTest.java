package io.linecare.retention.handler;

import static io.linecare.support.TaskRun.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.linecare.billing.FinalBillService;
import io.linecare.billing.RetentionOfferService;
import io.linecare.billing.handler.ApplyRetentionOfferHandler;
import io.linecare.billing.handler.EndRetentionOfferHandler;
import io.linecare.billing.handler.IssueFinalBillHandler;
import io.linecare.customer.ChannelPreference;
import io.linecare.customer.Customer;
import io.linecare.customer.CustomerDirectory;
import io.linecare.customer.ServiceType;
import io.linecare.customer.Subscription;
import io.linecare.customer.SubscriptionStatus;
import io.linecare.customer.Tier;
import io.linecare.network.DisconnectionService;
import io.linecare.network.handler.DisconnectServiceHandler;
import io.linecare.platform.externaltask.Topics;
import io.linecare.retention.CancellationService;
import io.linecare.retention.OpenCases;
import io.linecare.retention.OpenDisputes;
import io.linecare.support.TaskRun;

/** The cancellation-save handlers: what they read, which service they call with which key, what they output. */
class CancellationHandlersTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 20 March 2026, 23:59 in Shanghai. */
    private static final Instant ENDS_AT = Instant.parse("2026-03-20T15:59:00Z");

    private final CustomerDirectory customers = mock(CustomerDirectory.class);
    private final CancellationService cancellations = mock(CancellationService.class);

    CancellationHandlersTest() {
        Customer customer = new Customer(42, "CU-000042", "Zhang Wei", Tier.PREMIUM, false, "zw@example.com", "+8613800000000",
                Locale.ENGLISH, ChannelPreference.EMAIL, null, SHANGHAI, "Hangzhou", "A01", LocalDate.of(2020, 1, 1), 7);
        when(customers.findById(42)).thenReturn(Optional.of(customer));
        when(customers.findSubscription(7)).thenReturn(Optional.of(new Subscription(7, 42, ServiceType.CABLE_TV, "TV-BASIC",
                "TV-0571-000007", "N1", SubscriptionStatus.ACTIVE, LocalDate.of(2020, 1, 1), null)));
    }

    @Test
    void thePricedOfferGoesOutUnderItsOwnNamesNotTheDecisionsMap() {
        RetentionOfferService offers = mock(RetentionOfferService.class);
        RetentionOfferService.Offer offer = new RetentionOfferService.Offer("discount", 15, 4, new BigDecimal("15.00"), new BigDecimal("60.00"));
        when(offers.price(7L, "discount", 15, 6, new BigDecimal("60.0"))).thenReturn(offer);

        Map<String, Object> out = TaskRun.of(Topics.RETENTION_PRICE_OFFER, "Task_PriceOffer")
                .with("suggestedOffer", Map.of("offerType", "discount", "offerValue", 15, "offerMonths", 6))
                .with("offerBudget", 60.0).with("subscriptionId", 7L)
                .run(new PriceOfferHandler(offers, cancellations)).outputs();

        assertThat(out).containsEntry("offerType", "discount").containsEntry("offerValue", 15).containsEntry("offerMonths", 4)
                .containsEntry("offerCost", 60.0).doesNotContainKey("suggestedOffer");
        assertThat((String) out.get("offerSummary")).isEqualTo("15% off for 4 months (costs us CNY 60.00 of the tier's CNY 60.0 budget)");
        verify(cancellations).offerSuggested(TICKET, offer, new BigDecimal("60.0"));
    }

    @Test
    void anAcceptedOfferIsAppliedUnderTheCaseAndActivityKeyAndTheRequestSaved() {
        RetentionOfferService offers = mock(RetentionOfferService.class);
        when(offers.apply(eq(TICKET), anyString(), anyLong(), anyLong(), any(), any()))
                .thenReturn(RetentionOfferService.Outcome.ALREADY_APPLIED);

        Map<String, Object> out = TaskRun.of(Topics.BILLING_APPLY_RETENTION_OFFER, "Task_ApplyOffer")
                .with("customerId", 42L).with("subscriptionId", 7L).with("offerType", "discount").with("offerValue", 15)
                .with("offerMonths", 4).with("offerCost", 60.0)
                .run(new ApplyRetentionOfferHandler(offers, cancellations, customers)).outputs();

        assertThat(out).containsEntry("offerApplied", "already-applied").doesNotContainKey("offerEndsAt");
        verify(offers).apply(TICKET, TICKET + ":Task_ApplyOffer", 42L, 7L,
                new RetentionOfferService.Offer("discount", 15, 4, new BigDecimal("15.00"), new BigDecimal("60.00")), SHANGHAI);
        verify(cancellations).saved(TICKET);
    }

    @Test
    void anAppliedOfferTellsTheFlowWhenItsMonthsAreOverInTheCustomersZone() {
        RetentionOfferService offers = mock(RetentionOfferService.class);
        when(offers.apply(eq(TICKET), anyString(), anyLong(), anyLong(), any(), any())).thenReturn(RetentionOfferService.Outcome.APPLIED);
        when(offers.endsOn(TICKET + ":Task_ApplyOffer")).thenReturn(Optional.of(LocalDate.of(2026, 9, 1)));

        Map<String, Object> out = TaskRun.of(Topics.BILLING_APPLY_RETENTION_OFFER, "Task_ApplyOffer")
                .with("customerId", 42L).with("subscriptionId", 7L).with("offerType", "speed-upgrade").with("offerValue", 200)
                .with("offerMonths", 6).with("offerCost", 120.0)
                .run(new ApplyRetentionOfferHandler(offers, cancellations, customers)).outputs();

        assertThat(out).containsEntry("offerApplied", "applied")
                .containsEntry("offerEndsAt", Date.from(Instant.parse("2026-09-01T16:00:00Z"))); // 2 Sep 00:00 in Shanghai
    }

    @Test
    void theEndOfAnUpgradeSaysWhetherTheLineWentBackAndWhatKeepingTheFasterPlanCosts() {
        RetentionOfferService offers = mock(RetentionOfferService.class);
        when(offers.endUpgrade(TICKET)).thenReturn(new RetentionOfferService.UpgradeEnd(true, 100, 300,
                new BigDecimal("99.00")));
        RetentionOfferService withoutUpgrade = mock(RetentionOfferService.class);
        when(withoutUpgrade.endUpgrade(TICKET)).thenThrow(new IllegalArgumentException("No speed upgrade applied for " + TICKET));

        Map<String, Object> out = TaskRun.of(Topics.BILLING_END_RETENTION_OFFER, "Task_RestorePlan")
                .run(new EndRetentionOfferHandler(offers)).outputs();
        TaskRun.Result none = TaskRun.of(Topics.BILLING_END_RETENTION_OFFER, "Task_RestorePlan")
                .run(new EndRetentionOfferHandler(withoutUpgrade));

        assertThat(out).containsEntry("planRestored", true).containsEntry("restoredMbps", 100)
                .containsEntry("upgradedMbps", 300).containsEntry("upgradePriceAmount", 99.0);
        assertThat(none.failure()).contains("No speed upgrade");
        assertThat(none.retriesLeft()).as("an incident, not a retry").isZero();
    }

    @Test
    void theFinalBillCreditsTheLastDayInTheCustomersZoneAndSetsTheReturnAndFeeDates() {
        FinalBillService finalBills = mock(FinalBillService.class);
        when(finalBills.prorataCredit(TICKET, 42L, 7L, LocalDate.of(2026, 3, 20))).thenReturn(new BigDecimal("12.90"));

        Map<String, Object> out = TaskRun.of(Topics.BILLING_ISSUE_FINAL_BILL, "Task_IssueFinalBill")
                .with("customerId", 42L).with("subscriptionId", 7L).with("serviceEndsAt", Date.from(ENDS_AT)).with("saveOutcome", "call-back")
                .run(new IssueFinalBillHandler(finalBills, cancellations, customers)).outputs();

        assertThat(out).containsEntry("finalCreditAmount", 12.9).containsEntry("equipmentFeeAmount", 300.0)
                .containsEntry("returnBy", Date.from(ENDS_AT.plusSeconds(14 * 86400)))
                .containsEntry("feeDueAt", Date.from(ENDS_AT.plusSeconds(28 * 86400)));
        verify(cancellations).proceed(TICKET, "no-contact", new BigDecimal("12.90"), new BigDecimal("300.00"));
    }

    @Test
    void aDeclinedSaveIsRecordedAsDeclined() {
        FinalBillService finalBills = mock(FinalBillService.class);
        when(finalBills.prorataCredit(anyString(), anyLong(), anyLong(), any())).thenReturn(BigDecimal.ZERO);

        TaskRun.of(Topics.BILLING_ISSUE_FINAL_BILL, "Task_IssueFinalBill")
                .with("customerId", 42L).with("subscriptionId", 7L).with("serviceEndsAt", Date.from(ENDS_AT)).with("saveOutcome", "declined")
                .run(new IssueFinalBillHandler(finalBills, cancellations, customers));

        verify(cancellations).proceed(eq(TICKET), eq("declined"), any(), any());
    }

    @Test
    void theDisconnectEndsTheLineOnTheCustomersLastDayAndAnUnknownLineIsAnIncidentNotARetry() {
        DisconnectionService disconnections = mock(DisconnectionService.class);
        when(disconnections.disconnect(TICKET, 7L, LocalDate.of(2026, 3, 20))).thenReturn(DisconnectionService.Outcome.ALREADY_DISCONNECTED);
        DisconnectServiceHandler handler = new DisconnectServiceHandler(disconnections, customers);

        assertThat(TaskRun.of(Topics.NETWORK_DISCONNECT_SERVICE, "Task_DisconnectService").with("customerId", 42L)
                .with("subscriptionId", 7L).with("serviceEndsAt", Date.from(ENDS_AT)).run(handler).outputs())
                .containsEntry("disconnectOutcome", "already-disconnected");

        when(disconnections.disconnect(TICKET, 8L, LocalDate.of(2026, 3, 20))).thenThrow(new IllegalArgumentException("No line with id 8"));
        TaskRun.Result unknown = TaskRun.of(Topics.NETWORK_DISCONNECT_SERVICE, "Task_DisconnectService").with("customerId", 42L)
                .with("subscriptionId", 8L).with("serviceEndsAt", Date.from(ENDS_AT)).run(handler);
        assertThat(unknown.failure()).contains("No line with id 8");
        assertThat(unknown.retriesLeft()).isZero();
    }

    @Test
    void theExitSurveyAnswerIsKeptAndAMissingOneIsAnIncident() {
        TaskRun.of(Topics.RETENTION_RECORD_EXIT_SURVEY, "Task_RecordExitSurvey").with("customerAnswer", "9, friendly staff")
                .run(new RecordExitSurveyHandler(cancellations));
        verify(cancellations).exitSurveyAnswered(TICKET, "9, friendly staff");

        TaskRun.Result missing = TaskRun.of(Topics.RETENTION_RECORD_EXIT_SURVEY, "Task_RecordExitSurvey")
                .run(new RecordExitSurveyHandler(cancellations));
        assertThat(missing.failure()).contains("customerAnswer");
        verify(cancellations, never()).exitSurveyAnswered(TICKET, null);
    }

    @Test
    void theDisputeCheckSaysWhetherTheDisputeIsStillOpenAndWhatIsDisputed() {
        OpenDisputes disputes = mock(OpenDisputes.class);
        when(disputes.stillOpen("BD-2026-000007")).thenReturn(Optional.of(
                new OpenCases.OpenCase(OpenCases.OpenCase.DISPUTE, "BD-2026-000007", "bill B-2026-03-42, CNY 30.00 disputed (open)")));
        when(disputes.stillOpen("BD-2026-000008")).thenReturn(Optional.empty());

        Map<String, Object> open = TaskRun.of(Topics.RETENTION_CHECK_OPEN_DISPUTE, "Task_CheckDispute")
                .with("openDisputeId", "BD-2026-000007").run(new CheckOpenDisputeHandler(disputes)).outputs();
        Map<String, Object> decided = TaskRun.of(Topics.RETENTION_CHECK_OPEN_DISPUTE, "Task_CheckDispute")
                .with("openDisputeId", "BD-2026-000008").run(new CheckOpenDisputeHandler(disputes)).outputs();

        assertThat(open).containsEntry("disputeStillOpen", true)
                .containsEntry("openDisputeSummary", "bill B-2026-03-42, CNY 30.00 disputed (open)");
        assertThat(decided).containsEntry("disputeStillOpen", false).containsEntry("openDisputeSummary", "BD-2026-000008 is decided");
    }
}
