package io.linecare.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import io.linecare.billing.BillHold;
import io.linecare.billing.BillState;
import io.linecare.billing.BillingSystem;
import io.linecare.billing.ChargeAnalysis;
import io.linecare.billing.ChargeAnalyzer;
import io.linecare.billing.HoldService;
import io.linecare.billing.JdbcBillingSystem;
import io.linecare.customer.JdbcCustomerDirectory;
import io.linecare.demo.DemoDatabase;
import io.linecare.demo.SeededDemoDatabase;
import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.repair.ticket.IntakeChannel;

/**
 * Disputes on real PostgreSQL with the demo ISP (seeded at {@link DemoDatabase#NOW}): intake
 * validation, holds, the charge check on CU-000003's unannounced BB-300 rise, decisions with their
 * 4-eyes rules, and closing. Each test disputes its own customer's lines.
 */
class DisputeServiceTest {

    @RegisterExtension
    static final SeededDemoDatabase database = new SeededDemoDatabase();

    static final Clock CLOCK = Clock.fixed(DemoDatabase.NOW, ZoneOffset.UTC);

    private static JdbcClient jdbc;
    private static BillingSystem billing;
    private static HoldService holds;
    private static ChargeAnalyzer analyzer;
    private static JdbcCustomerDirectory customers;
    private static DisputeRepository repository;
    private final List<Map<String, Object>> started = new ArrayList<>();
    private DisputeService disputes;

    @BeforeAll
    static void services() {
        DataSource dataSource = database.dataSource();
        jdbc = JdbcClient.create(dataSource);
        billing = new JdbcBillingSystem(jdbc);
        customers = new JdbcCustomerDirectory(jdbc);
        holds = new HoldService(jdbc, new DataSourceTransactionManager(dataSource), CLOCK);
        analyzer = new ChargeAnalyzer(billing, holds, customers, jdbc);
        repository = new DisputeRepository(jdbc);
    }

    @BeforeEach
    void service() {
        disputes = service(CLOCK);
    }

    private DisputeService service(Clock clock) {
        DisputeStarter starter = (reference, variables) -> started.add(variables);
        return new DisputeService(repository, customers, billing, holds, java.util.Optional.of(starter), clock);
    }

    // ------------------------------------------------------------------ intake

    @Test
    void aValidDisputeIsStoredAndItsProcessStartedWithThePromise() {
        Line line = recurringLine("CU-000003", "BB-300");

        Dispute dispute = disputes.open(draft("CU-000003", line.bill(), line.id(), null), "wang.fang");

        assertThat(dispute.id()).matches("BD-2026-[0-9]{6}");
        assertThat(dispute.disputedAmount()).isEqualByComparingTo(line.amount());
        assertThat(dispute.status()).isEqualTo(Dispute.OPEN);
        // Wed 18 Mar + 10 working days = Wed 1 Apr
        assertThat(dispute.decisionBy()).isEqualTo(Instant.parse("2026-04-01T06:30:00Z"));
        assertThat(repository.find(dispute.id())).contains(dispute);
        assertThat(repository.lines(dispute.id())).containsExactly(new DisputeLine(line.id(), line.amount()));
        assertThat(started).singleElement().satisfies(variables -> {
            assertThat(variables).containsEntry("disputeReference", dispute.id()).containsEntry("customerId", 3L)
                    .containsEntry("tier", "standard").containsEntry("billReference", line.bill())
                    .containsEntry("disputedAmount", line.amount().doubleValue())
                    .containsEntry("decisionBy", Date.from(dispute.decisionBy()))
                    .containsEntry("promisedAt", Date.from(dispute.decisionBy()))
                    .containsEntry("repeatDisputes", 0)
                    // the form's reading of it, in the customer's zone
                    .containsEntry("decisionByLabel", "Wed 1 Apr 2026 14:30 (Asia/Shanghai), in 14 days as of Wed 18 Mar 14:30");
            assertThat((Date) variables.get("escalateAt")).isAfter(Date.from(DemoDatabase.NOW))
                    .isBefore(Date.from(dispute.decisionBy()));
            assertThat((String) variables.get("disputedLines")).contains("#" + line.id());
        });
        disputes.close(dispute.id());
    }

    @Test
    void aDeadlineIsLabelledForStaffInTheCustomersZoneWithTheTimeLeftFromNow() {
        Line line = recurringLine("CU-000012", null);
        Dispute dispute = disputes.open(draft("CU-000012", line.bill(), line.id(), null), "wang.fang");

        // three days later the same deadline has 11 days left
        assertThat(service(Clock.offset(CLOCK, Duration.ofDays(3))).staffLabel(dispute.id(), dispute.decisionBy()))
                .isEqualTo("Wed 1 Apr 2026 14:30 (Asia/Shanghai), in 11 days as of Sat 21 Mar 14:30");
        disputes.close(dispute.id());
    }

    @Test
    void everyProblemOfADisputeIsA400WithItsReason() {
        Line line = recurringLine("CU-000005", null);
        Line otherCustomers = recurringLine("CU-000006", null);

        assertRefused(draft("CU-999999", line.bill(), line.id(), null), "unknownCustomer", "CU-999999");
        assertRefused(draft("CU-000005", otherCustomers.bill(), otherCustomers.id(), null), "billNotOfCustomer",
                otherCustomers.bill());
        assertRefused(draft("CU-000005", line.bill(), otherCustomers.id(), null), "lineNotOnBill",
                "bill line " + otherCustomers.id() + " is not on bill " + line.bill());
        assertRefused(draft("CU-000005", line.bill(), line.id(), line.amount().add(BigDecimal.ONE)), "amountAboveLine",
                "is more than the line's");
        assertRefused(draft("CU-000005", line.bill(), line.id(), new BigDecimal("-1")), "invalidAmount", "more than 0");
        assertRefused(new DisputeDraft("CU-000005", line.bill(), List.of(new DisputeLine(line.id(), null),
                new DisputeLine(line.id(), null)), "twice", IntakeChannel.PHONE), "duplicateLine", "named twice");
        // 200 days later the bill is outside the 180-day window
        assertThatThrownBy(() -> service(Clock.offset(CLOCK, Duration.ofDays(200)))
                .open(draft("CU-000005", line.bill(), line.id(), null), "wang.fang"))
                .isInstanceOfSatisfying(TmfBadRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo("outsideDisputeWindow");
                    assertThat(e.getMessage()).contains("180 days");
                });
        assertThat(started).isEmpty();
    }

    @Test
    void anIntakeThatAsksTwiceOpensOneDisputeAndStartsOneProcess() {
        // the Tasklist intake's open-dispute task delivered again after a lost completion
        Line line = recurringLine("CU-000013", null);
        DisputeDraft draft = draft("CU-000013", line.bill(), line.id(), null);

        Dispute first = disputes.openOnce(draft, "wang.fang", "open-dispute:instance-a");
        Dispute again = disputes.openOnce(draft, "wang.fang", "open-dispute:instance-a");

        assertThat(again).isEqualTo(first);
        assertThat(started).hasSize(1);
        assertThat(disputes.openedBy("open-dispute:instance-a")).contains(first);
        assertThat(disputes.openedBy("open-dispute:instance-b")).isEmpty();
        // two attempts racing past the lookup: the unique key lets only one of them keep its dispute
        Line other = recurringLine("CU-000014", null);
        Dispute loser = disputes.open(draft("CU-000014", other.bill(), other.id(), null), "wang.fang");
        assertThatThrownBy(() -> repository.recordIntakeKey(loser.id(), "open-dispute:instance-a"))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        disputes.close(first.id());
        disputes.close(loser.id());
    }

    @Test
    void aLineInAnOpenDisputeCannotBeDisputedAgainUntilThatOneCloses() {
        Line line = recurringLine("CU-000007", null);
        Dispute first = disputes.open(draft("CU-000007", line.bill(), line.id(), null), "wang.fang");

        assertRefused(draft("CU-000007", line.bill(), line.id(), null), "lineAlreadyDisputed",
                "bill line " + line.id() + " is already in an open dispute");
        // the partial unique index refuses a racing second insert too
        assertThatThrownBy(() -> jdbc.sql("insert into linecare.billing_dispute_line (dispute_id, bill_line_id, disputed_amount) "
                + "values (:id, :line, 1)").param("id", first.id()).param("line", line.id()).update())
                .hasMessageContaining("duplicate key");

        disputes.close(first.id());
        Dispute second = disputes.open(draft("CU-000007", line.bill(), line.id(), null), "wang.fang");
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(started).hasSize(2);
        assertThat(started.get(1)).containsEntry("repeatDisputes", 1);
        disputes.close(second.id());
    }

    // ------------------------------------------------------------------ hold

    @Test
    void theHoldPutsTheBillOnHoldAndOnlyTheDisputedAmountOutOfDunning() {
        Line line = recurringLine("CU-000008", null);
        BigDecimal part = new BigDecimal("12.34");
        Dispute dispute = disputes.open(draft("CU-000008", line.bill(), line.id(), part), "zhou.min");
        long billId = dispute.billId();
        BillState before = billing.bill(billId).orElseThrow().state();
        BigDecimal total = billing.bill(billId).orElseThrow().total();

        BillHold hold = holds.hold(dispute.id());
        BillHold again = holds.hold(dispute.id());

        assertThat(again).isEqualTo(hold);
        assertThat(hold.amount()).isEqualByComparingTo(part);
        assertThat(hold.isActive()).isTrue();
        assertThat(billing.bill(billId).orElseThrow().state()).isEqualTo(BillState.ON_HOLD);
        assertThat(billing.linesOf(billId)).filteredOn(l -> l.id() == line.id()).singleElement()
                .satisfies(l -> assertThat(l.onHold()).isTrue());
        assertThat(holds.dunnableAmount(billId)).isEqualByComparingTo(total.subtract(part));

        BillHold settled = holds.settle(dispute.id(), new BigDecimal("5.00")).orElseThrow();
        assertThat(settled.status()).isEqualTo(BillHold.Status.PARTLY_CONVERTED);
        assertThat(settled.convertedAmount()).isEqualByComparingTo("5.00");
        assertThat(billing.bill(billId).orElseThrow().state()).isEqualTo(before);
        assertThat(billing.linesOf(billId)).noneMatch(l -> l.onHold());
        assertThat(holds.dunnableAmount(billId)).isEqualByComparingTo(total);
        // settling again changes nothing
        assertThat(holds.settle(dispute.id(), BigDecimal.ZERO)).contains(settled);
    }

    // ------------------------------------------------------------------ check

    @Test
    void theUnannouncedBb300RiseIsAClearError() {
        Line line = recurringLine("CU-000003", "BB-300");
        Dispute dispute = disputes.open(draft("CU-000003", line.bill(), line.id(), new BigDecimal("10.00")), "wang.fang");

        ChargeAnalysis analysis = analyzer.analyze(dispute.id());

        assertThat(line.amount()).isEqualByComparingTo("109.00");
        assertThat(analysis.result()).isEqualTo(ChargeAnalysis.CLEAR_ERROR);
        assertThat(analysis.provableAmount()).isEqualByComparingTo("10.00");
        assertThat(analysis.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("unannounced-price-change");
            assertThat(f.text()).contains("BB-300").contains("CNY 99.00").contains("CNY 109.00").contains("never announced");
        });
        disputes.close(dispute.id());
    }

    @Test
    void aCorrectChargeIsNoErrorAndAMissingOutageCreditIsFound() {
        // a line whose plan price did not change: the charge matches
        Line line = recurringLine("CU-000009", null);
        Dispute correct = disputes.open(draft("CU-000009", line.bill(), line.id(), null), "wang.fang");
        ChargeAnalysis clean = analyzer.analyze(correct.id());
        assertThat(clean.result()).isEqualTo(ChargeAnalysis.NO_ERROR_FOUND);
        assertThat(clean.provableAmount()).isZero();
        disputes.close(correct.id());

        // an area outage on that line in the bill period that nobody credited
        long subscription = jdbc.sql("select subscription_id from linecare.bill_line where id = :id").param("id", line.id())
                .query(Long.class).single();
        Instant outage = jdbc.sql("select period_start from linecare.bill b join linecare.bill_line l on l.bill_id = b.id where l.id = :id")
                .param("id", line.id()).query(java.time.LocalDate.class).single().plusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant();
        jdbc.sql("""
                        insert into linecare.trouble_ticket (id, name, description, severity, ticket_type, channel, customer_id,
                               customer_reference, subscription_id, line_number, service_type, area_id, created_by, creation_date,
                               last_update, line_status)
                        select 'FR-2026-900009', 'No internet', 'Area down', 'major', 'connectivity', 'phone', 9, 'CU-000009',
                               s.id, s.line_number, s.service_type, 'A01', 'wang.fang', :start, :end, 'area-outage'
                          from linecare.subscription s where s.id = :line""")
                .param("start", outage.atOffset(ZoneOffset.UTC)).param("end", outage.plus(Duration.ofHours(30)).atOffset(ZoneOffset.UTC))
                .param("line", subscription).update();
        Dispute withOutage = disputes.open(draft("CU-000009", line.bill(), line.id(), null), "wang.fang");

        ChargeAnalysis analysis = analyzer.analyze(withOutage.id());

        assertThat(analysis.result()).isEqualTo(ChargeAnalysis.PARTIAL_ERROR);
        assertThat(analysis.findings()).filteredOn(ChargeAnalysis.Finding::isError).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("outage-credit-owed");
            assertThat(f.text()).contains("FR-2026-900009").contains("2 days");
            // two days of the plan's monthly price
            assertThat(f.amount()).isEqualByComparingTo(line.planPrice().multiply(BigDecimal.valueOf(2))
                    .divide(BigDecimal.valueOf(30), 2, java.math.RoundingMode.HALF_UP));
        });
        disputes.close(withOutage.id());
    }

    @Test
    void aUsageChargeAboveTheUsageRecordsIsFound() {
        // the demo bills a pay-per-view film twice on a few bills
        Map<String, Object> overcharged = jdbc.sql("""
                        select l.id, b.reference, c.reference as customer, l.amount,
                               (select coalesce(sum(u.amount), 0) from linecare.usage_record u
                                 where u.subscription_id = l.subscription_id and u.day between b.period_start and b.period_end) as rated
                          from linecare.bill_line l join linecare.bill b on b.id = l.bill_id join linecare.customer c on c.id = b.customer_id
                         where l.kind = 'usage'
                           and l.amount > (select coalesce(sum(u.amount), 0) from linecare.usage_record u
                                            where u.subscription_id = l.subscription_id and u.day between b.period_start and b.period_end)
                         order by l.id limit 1""").query().singleRow();
        long lineId = ((Number) overcharged.get("id")).longValue();
        BigDecimal excess = ((BigDecimal) overcharged.get("amount")).subtract((BigDecimal) overcharged.get("rated"));
        Dispute dispute = disputes.open(draft((String) overcharged.get("customer"), (String) overcharged.get("reference"),
                lineId, null), "wang.fang");

        ChargeAnalysis analysis = analyzer.analyze(dispute.id());

        assertThat(analysis.result()).isEqualTo(ChargeAnalysis.PARTIAL_ERROR);
        assertThat(analysis.provableAmount()).isEqualByComparingTo(excess);
        assertThat(analysis.findings()).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo("usage"));
        disputes.close(dispute.id());
    }

    // ------------------------------------------------------------------ decisions

    @Test
    void fourEyesTheReviewerCannotApproveAndEarlierDecidersCannotDecideTheAppeal() {
        Line line = recurringLine("CU-000010", null);
        Dispute dispute = disputes.open(draft("CU-000010", line.bill(), line.id(), null), "wang.fang");
        holds.hold(dispute.id());
        BigDecimal disputed = dispute.disputedAmount();
        BigDecimal part = disputed.subtract(new BigDecimal("1.00"));

        BigDecimal agentLimit = part.subtract(new BigDecimal("0.50"));
        DecisionOutcome review = disputes.recordDecision(dispute.id(), DecisionStage.REVIEW, "zheng.li", "partially-upheld",
                part, "Part of the month was not in service.", agentLimit);
        assertThat(review.creditToApply()).isEqualByComparingTo(part);
        assertThat(review.awaitsApproval()).as("above the agent's limit").isTrue();
        assertThat(repository.find(dispute.id()).orElseThrow().status()).as("not decided before the approval")
                .isEqualTo(Dispute.OPEN);
        assertThat(review.promisedAt()).isEqualTo(review.creditOnBillBy()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        // a retry gets the recorded decision, even with other values
        assertThat(disputes.recordDecision(dispute.id(), DecisionStage.REVIEW, "zheng.li", "rejected", null, "x", agentLimit))
                .isEqualTo(review);

        assertThatThrownBy(() -> disputes.recordDecision(dispute.id(), DecisionStage.APPROVAL, "zheng.li", "partially-upheld",
                part, "Approved."))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("Err_SameDecider");
                    assertThat(e.getMessage()).contains("zheng.li").contains("4-eyes");
                });
        assertThatThrownBy(() -> disputes.recordDecision(dispute.id(), DecisionStage.APPROVAL, "wu.qiang", "partially-upheld",
                disputed, "Approved."))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.errorCode()).isEqualTo("Err_InvalidDecision"));
        disputes.recordDecision(dispute.id(), DecisionStage.APPROVAL, "wu.qiang", "partially-upheld", part, "Approved.");
        assertThat(repository.find(dispute.id()).orElseThrow().status()).isEqualTo(Dispute.DECIDED);

        disputes.recordAppeal(dispute.id(), "I was not in service at all that month.");
        assertThat(repository.find(dispute.id()).orElseThrow().status()).isEqualTo(Dispute.APPEALED);
        for (String earlier : List.of("zheng.li", "wu.qiang")) {
            assertThatThrownBy(() -> disputes.recordDecision(dispute.id(), DecisionStage.APPEAL, earlier, "upheld", null, "Agreed."))
                    .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.errorCode()).isEqualTo("Err_SameDecider"));
        }
        DecisionOutcome appeal = disputes.recordDecision(dispute.id(), DecisionStage.APPEAL, "demo-admin", "upheld", null,
                "Agreed: the line was not in service.");
        assertThat(appeal.decision().creditAmount()).isEqualByComparingTo(disputed);
        // only the difference to the approved credit is still to pay
        assertThat(appeal.creditToApply()).isEqualByComparingTo("1.00");

        BillHold hold = disputes.close(dispute.id()).orElseThrow();
        assertThat(hold.status()).isEqualTo(BillHold.Status.CONVERTED);
        assertThat(repository.find(dispute.id()).orElseThrow().status()).isEqualTo(Dispute.CLOSED);
        assertThat(disputes.decisions(dispute.id())).extracting(Decision::stage)
                .containsExactly(DecisionStage.REVIEW, DecisionStage.APPROVAL, DecisionStage.APPEAL);
    }

    @Test
    void aRejectionReleasesTheHoldAndPromisesTheAppealWindow() {
        Line line = recurringLine("CU-000011", null);
        Dispute dispute = disputes.open(draft("CU-000011", line.bill(), line.id(), null), "wang.fang");
        holds.hold(dispute.id());

        assertThatThrownBy(() -> disputes.recordDecision(dispute.id(), DecisionStage.REVIEW, "zhou.min", "rejected", null, " "))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.getMessage()).contains("explain"));
        assertThatThrownBy(() -> disputes.recordDecision(dispute.id(), DecisionStage.REVIEW, "zhou.min", "maybe", null, "Hm."))
                .isInstanceOf(DecisionRefusedException.class);
        DecisionOutcome rejected = disputes.recordDecision(dispute.id(), DecisionStage.REVIEW, "zhou.min", "rejected",
                new BigDecimal("50"), "The charge matches your plan.");

        assertThat(rejected.decision().creditAmount()).isZero();
        assertThat(rejected.creditToApply()).isZero();
        assertThat(rejected.promisedAt()).isEqualTo(rejected.appealUntil()).isEqualTo(DemoDatabase.NOW.plus(Duration.ofDays(14)));
        BillHold hold = disputes.close(dispute.id()).orElseThrow();
        assertThat(hold.status()).isEqualTo(BillHold.Status.RELEASED);
        assertThat(hold.convertedAmount()).isZero();
        assertThat(disputes.close(dispute.id())).contains(hold);
    }

    // ------------------------------------------------------------------ helpers

    record Line(long id, String bill, BigDecimal amount, BigDecimal planPrice) {
    }

    /** The recurring line of the customer's latest bill (of {@code plan} when given). */
    private static Line recurringLine(String customer, String plan) {
        return jdbc.sql("""
                        select l.id, b.reference, l.amount, p.monthly_price
                          from linecare.bill_line l join linecare.bill b on b.id = l.bill_id
                          join linecare.customer c on c.id = b.customer_id
                          join linecare.subscription s on s.id = l.subscription_id
                          join linecare.price_plan p on p.code = s.plan_code
                         where c.reference = :customer and l.kind = 'recurring' and (:plan = '' or s.plan_code = :plan)
                           and not exists (select 1 from linecare.price_change pc where pc.plan_code = s.plan_code
                                            and pc.effective_from <= b.period_start and :plan = '')
                         order by b.period_start desc, l.id limit 1""")
                .param("customer", customer).param("plan", plan == null ? "" : plan)
                .query((rs, row) -> new Line(rs.getLong("id"), rs.getString("reference"), rs.getBigDecimal("amount"),
                        rs.getBigDecimal("monthly_price")))
                .single();
    }

    private static DisputeDraft draft(String customer, String bill, long lineId, BigDecimal amount) {
        return new DisputeDraft(customer, bill, List.of(new DisputeLine(lineId, amount)), "The charge looks wrong",
                IntakeChannel.PHONE);
    }

    private void assertRefused(DisputeDraft draft, String code, String message) {
        assertThatThrownBy(() -> disputes.open(draft, "wang.fang"))
                .isInstanceOfSatisfying(TmfBadRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).contains(message);
                });
    }
}
