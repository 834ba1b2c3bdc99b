package io.linecare.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import io.linecare.billing.CreditService;
import io.linecare.billing.FinalBillService;
import io.linecare.billing.JdbcBillingSystem;
import io.linecare.billing.RetentionOfferService;
import io.linecare.customer.JdbcCustomerDirectory;
import io.linecare.demo.DemoDatabase;
import io.linecare.demo.SeededDemoDatabase;
import io.linecare.network.DisconnectionService;

/**
 * The services behind cancellation-save's steps on real PostgreSQL with the demo ISP: pricing within
 * the budget, and every side effect (offer, credit, fee, disconnection, re-churn, survey) written once
 * however often it is asked for. Each test works on its own request and line.
 */
class CancellationStepsTest {

    @RegisterExtension
    static final SeededDemoDatabase database = new SeededDemoDatabase();

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static JdbcClient jdbc;
    private static RetentionOfferService offers;
    private static FinalBillService finalBills;
    private static DisconnectionService disconnections;
    private static CancellationService cancellations;
    private static ScoringService scoring;
    private static int next = 1;

    @BeforeAll
    static void services() {
        DataSource dataSource = database.dataSource();
        jdbc = JdbcClient.create(dataSource);
        Clock clock = Clock.fixed(DemoDatabase.NOW, ZoneOffset.UTC);
        JdbcBillingSystem billing = new JdbcBillingSystem(jdbc);
        JdbcCustomerDirectory customers = new JdbcCustomerDirectory(jdbc);
        offers = new RetentionOfferService(jdbc, clock);
        finalBills = new FinalBillService(new CreditService(billing, customers, new DataSourceTransactionManager(dataSource)), jdbc, clock);
        disconnections = new DisconnectionService(jdbc, clock);
        cancellations = new CancellationService(jdbc, clock);
        scoring = new ScoringService(customers, billing, List.of(new OpenFaults(jdbc), new OpenDisputes(jdbc)), jdbc, clock);
    }

    record Line(long id, long customerId, String planCode, BigDecimal price, int mbps) {
    }

    // ------------------------------------------------------------------ pricing

    @Test
    void aDiscountWithinTheBudgetKeepsItsMonthsAndOneAboveItRunsFewerMonths() {
        Line line = line("broadband", 0);
        RetentionOfferService.Offer fits = offers.price(line.id(), "discount", 10, 3, new BigDecimal("10000"));
        BigDecimal monthly = line.price().multiply(new BigDecimal("0.10")).setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat(fits.months()).isEqualTo(3);
        assertThat(fits.cost()).isEqualByComparingTo(monthly.multiply(BigDecimal.valueOf(3)));

        RetentionOfferService.Offer capped = offers.price(line.id(), "discount", 10, 12, monthly.multiply(BigDecimal.valueOf(4)));
        assertThat(capped.months()).as("the budget pays four months").isEqualTo(4);
        assertThat(capped.cost()).isLessThanOrEqualTo(monthly.multiply(BigDecimal.valueOf(4)));

        assertThat(offers.price(line.id(), "discount", 10, 12, monthly.subtract(new BigDecimal("0.01"))).isNone())
                .as("not even one month fits").isTrue();
        assertThat(offers.price(line.id(), "free-months", 2, 2, new BigDecimal("10000")).cost())
                .isEqualByComparingTo(line.price().multiply(BigDecimal.valueOf(2)));
    }

    @Test
    void aSpeedUpgradeCostsThePriceDifferenceToTheNextFasterPlanAndIsNoneOnTheFastest() {
        Line slow = jdbc.sql("""
                        select s.id, s.customer_id, p.code, p.monthly_price, p.download_mbps from linecare.subscription s
                        join linecare.price_plan p on p.code = s.plan_code
                        where s.status = 'active' and p.download_mbps < (select max(download_mbps) from linecare.price_plan)
                        order by s.id limit 1""")
                .query((rs, row) -> new Line(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4), rs.getInt(5))).single();
        record Plan(BigDecimal price, int mbps) {
        }
        Plan faster = jdbc.sql("""
                        select monthly_price, download_mbps from linecare.price_plan where service_type = 'broadband'
                        and download_mbps > ? order by download_mbps, monthly_price limit 1""")
                .param(slow.mbps()).query((rs, row) -> new Plan(rs.getBigDecimal(1), rs.getInt(2))).single();

        RetentionOfferService.Offer upgrade = offers.price(slow.id(), "speed-upgrade", 100, 6, new BigDecimal("10000"));

        assertThat(upgrade.type()).isEqualTo("speed-upgrade");
        assertThat(upgrade.value()).as("extra Mbps").isEqualTo(faster.mbps() - slow.mbps());
        assertThat(upgrade.cost()).isEqualByComparingTo(faster.price().subtract(slow.price()).max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(6)));

        Line fastest = jdbc.sql("""
                        select s.id, s.customer_id, p.code, p.monthly_price, p.download_mbps from linecare.subscription s
                        join linecare.price_plan p on p.code = s.plan_code
                        where p.download_mbps = (select max(download_mbps) from linecare.price_plan) order by s.id limit 1""")
                .query((rs, row) -> new Line(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4), rs.getInt(5)))
                .optional().orElse(null);
        if (fastest != null) {
            assertThat(offers.price(fastest.id(), "speed-upgrade", 100, 6, new BigDecimal("10000")).isNone()).isTrue();
        }
        assertThatThrownBy(() -> offers.price(slow.id(), "cashback", 5, 1, BigDecimal.TEN)).isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------ once

    @Test
    void anAcceptedOfferIsAppliedOnceAndTheRequestClosesAsSaved() {
        Line line = line("broadband", 1);
        String reference = request(line, LocalDate.of(2026, 4, 10));
        RetentionOfferService.Offer offer = offers.price(line.id(), "discount", 15, 6, new BigDecimal("800"));
        cancellations.offerSuggested(reference, offer, new BigDecimal("800"));

        assertThat(offers.apply(reference, reference + ":Task_ApplyOffer", line.customerId(), line.id(), offer, SHANGHAI))
                .isEqualTo(RetentionOfferService.Outcome.APPLIED);
        cancellations.saved(reference);
        assertThat(offers.apply(reference, reference + ":Task_ApplyOffer", line.customerId(), line.id(), offer, SHANGHAI))
                .isEqualTo(RetentionOfferService.Outcome.ALREADY_APPLIED);
        cancellations.saved(reference);

        assertThat(offers.appliedCount(reference)).isEqualTo(1);
        assertThat(jdbc.sql("select starts_on || ' ' || ends_on || ' ' || monthly_reduction from linecare.retention_offer_applied"
                + " where cancellation_reference = ?").param(reference).query(String.class).single())
                .isEqualTo("2026-03-18 2026-09-17 " + offer.monthlyReduction().toPlainString());
        assertThat(cancellations.require(reference).status()).isEqualTo("saved");
        assertThat(jdbc.sql("select outcome from linecare.retention_offer where cancellation_reference = ?").param(reference)
                .query(String.class).single()).isEqualTo("accepted");
        assertThat(offers.apply(reference, "other", line.customerId(), line.id(), RetentionOfferService.Offer.none(), SHANGHAI))
                .isEqualTo(RetentionOfferService.Outcome.NOTHING_TO_APPLY);
    }

    @Test
    void theProRataCreditCoversTheLastMonthsDaysAfterTheEndOnce() {
        Line line = line("broadband", 2);
        String reference = request(line, LocalDate.of(2026, 4, 20));

        BigDecimal first = finalBills.prorataCredit(reference, line.customerId(), line.id(), LocalDate.of(2026, 4, 20));
        BigDecimal again = finalBills.prorataCredit(reference, line.customerId(), line.id(), LocalDate.of(2026, 4, 20));

        // 10 days of April after the 20th, at a 30th of the monthly price each
        BigDecimal expected = line.price().multiply(BigDecimal.TEN).divide(BigDecimal.valueOf(30), 2, java.math.RoundingMode.HALF_UP);
        assertThat(first).isEqualByComparingTo(expected);
        assertThat(again).isEqualByComparingTo(expected);
        assertThat(jdbc.sql("select count(*) from linecare.credit where case_reference = ?").param(reference).query(Long.class).single())
                .isEqualTo(1);
        assertThat(finalBills.prorataCredit(reference + "x", line.customerId(), line.id(), LocalDate.of(2026, 4, 30)))
                .as("ends on the month's last day: nothing to give back").isEqualByComparingTo("0");
    }

    @Test
    void theProRataCreditIsAtThePriceTheCustomerPaysWhileARetentionOfferRuns() {
        Line line = line("broadband", 9);
        String saved = request(line, LocalDate.of(2026, 4, 1));
        RetentionOfferService.Offer discount = offers.price(line.id(), "discount", 20, 12, new BigDecimal("10000"));
        offers.apply(saved, saved + ":Task_ApplyOffer", line.customerId(), line.id(), discount, SHANGHAI);
        jdbc.sql("update linecare.cancellation_request set status = 'saved' where reference = ?").param(saved).update();
        String leaving = request(line, LocalDate.of(2026, 4, 20));

        BigDecimal credit = finalBills.prorataCredit(leaving, line.customerId(), line.id(), LocalDate.of(2026, 4, 20));

        BigDecimal paid = line.price().subtract(discount.monthlyReduction());
        assertThat(credit).isEqualByComparingTo(paid.multiply(BigDecimal.TEN).divide(BigDecimal.valueOf(30), 2, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void theEquipmentFeeIsChargedOnceAndNeverAfterTheReturn() {
        Line charged = line("broadband", 3);
        String unreturned = request(charged, LocalDate.of(2026, 4, 1));
        cancellations.proceed(unreturned, "declined", BigDecimal.ZERO, new BigDecimal("200.00"));
        assertThat(finalBills.chargeEquipmentFee(unreturned, charged.customerId(), "Equipment not returned"))
                .isEqualTo(FinalBillService.FeeOutcome.CHARGED);
        assertThat(finalBills.chargeEquipmentFee(unreturned, charged.customerId(), "Equipment not returned"))
                .isEqualTo(FinalBillService.FeeOutcome.ALREADY_CHARGED);
        assertThat(cancellations.equipmentReturned(unreturned)).as("too late: the fee stands").isFalse();

        Line returned = line("broadband", 4);
        String back = request(returned, LocalDate.of(2026, 4, 1));
        cancellations.proceed(back, "no-contact", BigDecimal.ZERO, new BigDecimal("200.00"));
        assertThat(cancellations.equipmentReturned(back)).isTrue();
        assertThat(finalBills.chargeEquipmentFee(back, returned.customerId(), "Equipment not returned"))
                .isEqualTo(FinalBillService.FeeOutcome.RETURNED);
        assertThat(cancellations.require(back).status()).isEqualTo("cancelling");
        assertThat(jdbc.sql("select outcome from linecare.retention_offer where cancellation_reference = ?").param(back)
                .query(String.class).optional()).as("no offer was suggested for this request").isEmpty();
    }

    @Test
    void aLineIsDisconnectedOnceOnItsLastDayAndTheCustomerWhoLeftIsARechurn() {
        Line line = line("broadband", 5);
        String reference = request(line, LocalDate.of(2026, 3, 31));

        assertThat(disconnections.disconnect(reference, line.id(), LocalDate.of(2026, 3, 31)))
                .isEqualTo(DisconnectionService.Outcome.DISCONNECTED);
        assertThat(disconnections.disconnect(reference, line.id(), LocalDate.of(2026, 3, 31)))
                .isEqualTo(DisconnectionService.Outcome.ALREADY_DISCONNECTED);

        assertThat(disconnections.disconnections(line.id())).isEqualTo(1);
        assertThat(jdbc.sql("select status || ' ' || ended_on from linecare.subscription where id = ?").param(line.id())
                .query(String.class).single()).isEqualTo("cancelled 2026-03-31");
        assertThat(cancellations.require(reference).status()).isEqualTo("cancelled");
        assertThat(cancellations.checkReChurn(reference)).isFalse();
        cancellations.exitSurveyAnswered(reference, "8, the price");
        cancellations.exitSurveyAnswered(reference, "second delivery");
        assertThat(jdbc.sql("select answer from linecare.exit_survey where cancellation_reference = ?").param(reference)
                .query(String.class).single()).isEqualTo("8, the price");
    }

    @Test
    void aSavedCustomerWhoseLineIsStillActiveStayed() {
        Line line = line("broadband", 6);
        String reference = request(line, LocalDate.of(2026, 5, 1));
        assertThat(cancellations.checkReChurn(reference)).isTrue();
        assertThat(jdbc.sql("select detail from linecare.re_churn_check where cancellation_reference = ?").param(reference)
                .query(String.class).single()).contains("is active");
    }

    @Test
    void theAssessmentSurfacesOpenFaultsAndDisputesAndCountsACreditedFaultAsABrokenPromise() {
        Line line = line("broadband", 7);
        String reference = request(line, LocalDate.of(2026, 5, 1));
        ticket("FR-2026-900001", line, "inProgress");
        ticket("FR-2026-900002", line, "closed");
        jdbc.sql("""
                        insert into linecare.credit (customer_id, case_reference, idempotency_key, amount, reason)
                        values (?, 'FR-2026-900002', 'FR-2026-900002:test', 20, 'Promise broken')""")
                .param(line.customerId()).update();

        dispute("BD-2026-900001", line, "30", "open");

        ScoringService.Assessment assessment = scoring.assess(reference);

        assertThat(assessment.firstOpen(OpenCases.OpenCase.FAULT)).map(OpenCases.OpenCase::reference).contains("FR-2026-900001");
        assertThat(assessment.firstOpen(OpenCases.OpenCase.DISPUTE)).map(OpenCases.OpenCase::reference).contains("BD-2026-900001");
        assertThat(assessment.facts().promisesBroken()).isGreaterThanOrEqualTo(1);
        assertThat(assessment.story()).contains("OPEN - fix before you save: dispute BD-2026-900001 bill ", "fault FR-2026-900001",
                "Wants to cancel line");
        assertThat(assessment.facts().openCases()).extracting(OpenCases.OpenCase::reference)
                .containsExactlyInAnyOrder("FR-2026-900001", "BD-2026-900001");
        assertThat(jdbc.sql("select array_to_string(open_cases, ',') from linecare.cancellation_assessment where cancellation_reference = ?")
                .param(reference).query(String.class).single()).contains("FR-2026-900001", "BD-2026-900001");
        scoring.assess(reference);
        assertThat(jdbc.sql("select count(*) from linecare.cancellation_assessment where cancellation_reference = ?")
                .param(reference).query(Long.class).single()).as("a retry rewrites the one assessment").isEqualTo(1);
    }

    @Test
    void theStoryAfterFixFirstSaysWhatWasDealtWithSinceTheRequest() {
        Line line = line("broadband", 10);
        ticket("FR-2026-900003", line, "closed"); // resolved ten days before the request: not news
        ticket("FR-2026-900004", line, "inProgress");
        String reference = request(line, LocalDate.of(2026, 5, 1));
        assertThat(scoring.assess(reference).story()).doesNotContain("Dealt with");

        Timestamp later = Timestamp.from(DemoDatabase.NOW.plusSeconds(3600));
        jdbc.sql("insert into linecare.trouble_ticket_status_change (ticket_id, status, change_date) values ('FR-2026-900004', 'resolved', ?)")
                .param(later).update();
        dispute("BD-2026-900003", line, "30", "decided");
        jdbc.sql("""
                        insert into linecare.billing_dispute_decision (dispute_id, stage, decided_by, decision, credit_amount, reason, decided_at)
                        values ('BD-2026-900003', 'review', 'zhou.min', 'partially-upheld', 10, 'Part of it', ?)""")
                .param(later).update();

        assertThat(scoring.assess(reference).story()).contains(
                "Dealt with since they asked to cancel: fault FR-2026-900004 resolved; dispute BD-2026-900003 decided: partially-upheld.")
                .doesNotContain("FR-2026-900003 resolved");
    }

    @Test
    void aDisputeCountsAsStillOpenUntilItIsDecidedAndAgainWhileAppealed() {
        Line line = line("broadband", 8);
        OpenDisputes disputes = new OpenDisputes(jdbc);
        dispute("BD-2026-900002", line, "45.5", "open");

        assertThat(disputes.stillOpen("BD-2026-900002")).map(OpenCases.OpenCase::summary)
                .hasValueSatisfying(summary -> assertThat(summary).startsWith("bill ").endsWith(", CNY 45.50 disputed (open)"));
        jdbc.sql("update linecare.billing_dispute set status = 'decided' where id = 'BD-2026-900002'").update();
        assertThat(disputes.stillOpen("BD-2026-900002")).isEmpty();
        jdbc.sql("update linecare.billing_dispute set status = 'appealed' where id = 'BD-2026-900002'").update();
        assertThat(disputes.stillOpen("BD-2026-900002")).isPresent();
        assertThat(disputes.stillOpen("BD-2026-999999")).as("unknown").isEmpty();
    }

    @Test
    void aSpeedUpgradeMovesTheLineToTheFasterPlanOnceAndBackWhenItsMonthsAreOver() {
        Line line = broadbandLineBelowTheFastestPlan(0);
        String reference = request(line, LocalDate.of(2026, 5, 1));
        RetentionOfferService.Offer upgrade = offers.price(line.id(), "speed-upgrade", 100, 6, new BigDecimal("10000"));
        String key = reference + ":Task_ApplyOffer";

        assertThat(offers.apply(reference, key, line.customerId(), line.id(), upgrade, SHANGHAI))
                .isEqualTo(RetentionOfferService.Outcome.APPLIED);
        String faster = planOf(line);
        assertThat(faster).isNotEqualTo(line.planCode());
        assertThat(offers.apply(reference, key, line.customerId(), line.id(), upgrade, SHANGHAI))
                .isEqualTo(RetentionOfferService.Outcome.ALREADY_APPLIED);
        assertThat(planOf(line)).as("not upgraded twice").isEqualTo(faster);
        assertThat(offers.endsOn(key)).contains(LocalDate.ofInstant(DemoDatabase.NOW, SHANGHAI).plusMonths(6).minusDays(1));
        BigDecimal reduction = jdbc.sql("select monthly_reduction from linecare.retention_offer_applied where idempotency_key = ?")
                .param(key).query(BigDecimal.class).single();
        BigDecimal fasterPrice = jdbc.sql("select monthly_price from linecare.price_plan where code = ?").param(faster)
                .query(BigDecimal.class).single();
        assertThat(fasterPrice.subtract(reduction)).as("the customer pays what they paid").isEqualByComparingTo(line.price());

        RetentionOfferService.UpgradeEnd end = offers.endUpgrade(reference);

        assertThat(end.restored()).isTrue();
        assertThat(planOf(line)).isEqualTo(line.planCode());
        assertThat(end.upgradedPrice()).isEqualByComparingTo(fasterPrice);
        assertThat(end.restoredMbps()).isEqualTo(line.mbps());
        assertThat(end.upgradedMbps()).isEqualTo(mbpsOf(faster)).isGreaterThan(line.mbps());
        assertThat(offers.endUpgrade(reference)).as("a retry answers the same").isEqualTo(end);
        assertThat(planOf(line)).isEqualTo(line.planCode());
    }

    @Test
    void anUpgradedLineThatChangedPlanMeanwhileIsNotPutBack() {
        Line line = broadbandLineBelowTheFastestPlan(1);
        String reference = request(line, LocalDate.of(2026, 5, 1));
        offers.apply(reference, reference + ":Task_ApplyOffer", line.customerId(), line.id(),
                offers.price(line.id(), "speed-upgrade", 100, 6, new BigDecimal("10000")), SHANGHAI);
        String chosenLater = jdbc.sql("""
                        select code from linecare.price_plan where service_type = 'broadband' and code <> ? and code <> ?
                        order by code limit 1""").params(line.planCode(), planOf(line)).query(String.class).single();
        jdbc.sql("update linecare.subscription set plan_code = ? where id = ?").params(chosenLater, line.id()).update();

        assertThat(offers.endUpgrade(reference).restored()).isFalse();
        assertThat(planOf(line)).as("the customer's own later choice stands").isEqualTo(chosenLater);
        assertThatThrownBy(() -> offers.endUpgrade("CS-2026-899999"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No speed upgrade");
    }

    // ------------------------------------------------------------------ data

    private static Line broadbandLineBelowTheFastestPlan(int skip) {
        return jdbc.sql("""
                        select s.id, s.customer_id, p.code, p.monthly_price, p.download_mbps from linecare.subscription s
                        join linecare.price_plan p on p.code = s.plan_code
                        where s.status = 'active' and s.service_type = 'broadband'
                          and p.download_mbps < (select max(download_mbps) from linecare.price_plan where service_type = 'broadband')
                          and not exists (select 1 from linecare.cancellation_request r where r.subscription_id = s.id)
                        order by s.id offset ? limit 1""")
                .param(skip)
                .query((rs, row) -> new Line(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4), rs.getInt(5))).single();
    }

    private static String planOf(Line line) {
        return jdbc.sql("select plan_code from linecare.subscription where id = ?").param(line.id()).query(String.class).single();
    }

    private static int mbpsOf(String planCode) {
        return jdbc.sql("select download_mbps from linecare.price_plan where code = ?").param(planCode).query(Integer.class).single();
    }

    private static Line line(String serviceType, int skip) {
        return jdbc.sql("""
                        select s.id, s.customer_id, p.code, p.monthly_price, coalesce(p.download_mbps, 0)
                        from linecare.subscription s join linecare.price_plan p on p.code = s.plan_code
                        where s.status = 'active' and s.service_type = ? order by s.id desc offset ? limit 1""")
                .params(serviceType, skip)
                .query((rs, row) -> new Line(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4), rs.getInt(5))).single();
    }

    private static String request(Line line, LocalDate lastDay) {
        String reference = CancellationReference.of(2026, 800000 + next++);
        Timestamp now = Timestamp.from(DemoDatabase.NOW);
        jdbc.sql("""
                        insert into linecare.cancellation_request (reference, customer_id, customer_reference, subscription_id,
                            line_number, reason, channel, requested_end_date, service_ends_at, status, created_by, created_at, last_update)
                        select ?, c.id, c.reference, s.id, s.line_number, 'price', 'phone', ?, ?, 'requested', 'test', ?, ?
                        from linecare.subscription s join linecare.customer c on c.id = s.customer_id where s.id = ?""")
                .params(reference, lastDay, Timestamp.from(lastDay.atTime(23, 59).atZone(SHANGHAI).toInstant()), now, now, line.id())
                .update();
        return reference;
    }

    /** A billing dispute of the line's customer on their latest bill. */
    private static void dispute(String id, Line line, String amount, String status) {
        jdbc.sql("""
                        insert into linecare.billing_dispute (id, customer_id, customer_reference, bill_id, bill_reference, reason,
                            channel, disputed_amount, status, created_by, created_at, decision_by, regulatory_decision_by)
                        select ?, b.customer_id, c.reference, b.id, b.reference, 'Charged twice', 'phone', ?, ?,
                               'test', now(), now() + interval '10 days', now() + interval '30 days'
                        from linecare.bill b join linecare.customer c on c.id = b.customer_id where b.customer_id = ?
                        order by b.period_start desc limit 1""")
                .params(id, new BigDecimal(amount), status, line.customerId()).update();
    }

    private static void ticket(String id, Line line, String status) {
        Timestamp at = Timestamp.from(DemoDatabase.NOW.minusSeconds(86400 * 10));
        jdbc.sql("""
                        insert into linecare.trouble_ticket (id, name, description, severity, ticket_type, channel, customer_id,
                            customer_reference, subscription_id, line_number, service_type, area_id, created_by, creation_date, last_update)
                        select ?, 'No internet', 'Red light', 'major', 'connectivity', 'phone', c.id, c.reference, s.id, s.line_number,
                               s.service_type, c.area_id, 'test', ?, ?
                        from linecare.subscription s join linecare.customer c on c.id = s.customer_id where s.id = ?""")
                .params(id, at, at, line.id()).update();
        jdbc.sql("insert into linecare.trouble_ticket_status_change (ticket_id, status, change_date) values (?, ?, ?)")
                .params(id, status, at).update();
    }
}
