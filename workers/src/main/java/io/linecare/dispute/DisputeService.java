package io.linecare.dispute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linecare.billing.Bill;
import io.linecare.billing.BillHold;
import io.linecare.billing.BillLine;
import io.linecare.billing.BillLineKind;
import io.linecare.billing.BillingSystem;
import io.linecare.billing.HoldService;
import io.linecare.customer.Customer;
import io.linecare.customer.CustomerDirectory;
import io.linecare.communication.template.LocalizedFormats;
import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.repair.ticket.StaffTime;

/**
 * Billing disputes: intake (validated, stored and the process started in one transaction), the
 * decisions with their 4-eyes rules, the one appeal, and closing, which releases or converts the hold.
 */
@Service
public class DisputeService {

    /** The decider recorded for automatic decisions. */
    public static final String SYSTEM_DECIDER = "linecare";
    /** The longest reason a customer or agent may give. */
    public static final int REASON_MAX = 2000;

    private final DisputeRepository disputes;
    private final CustomerDirectory customers;
    private final BillingSystem billing;
    private final HoldService holds;
    private final DisputeStarter starter;
    private final Clock clock;

    public DisputeService(DisputeRepository disputes, CustomerDirectory customers, BillingSystem billing,
                          HoldService holds, Optional<DisputeStarter> starter, Clock clock) {
        this.disputes = disputes;
        this.customers = customers;
        this.billing = billing;
        this.holds = holds;
        // worker-only nodes have no engine to start processes on; they only record decisions
        this.starter = starter.orElse(null);
        this.clock = clock;
    }

    /**
     * Checks the dispute against the customer's bill and opens it: every problem is reported at once
     * as a 400 (TMF630), never as a 500.
     */
    @Transactional
    public Dispute open(DisputeDraft draft, String openedBy) {
        Customer customer = customers.findByReference(draft.customerReference())
                .orElseThrow(() -> new TmfBadRequestException("unknownCustomer",
                        "customer: no customer with reference '" + draft.customerReference() + "'"));
        Bill bill = billing.billsOf(customer.id()).stream()
                .filter(b -> b.reference().equals(draft.billReference())).findFirst()
                .orElseThrow(() -> new TmfBadRequestException("billNotOfCustomer",
                        "bill: '" + draft.billReference() + "' is not a bill of customer " + customer.reference()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        Problems problems = new Problems();
        if (bill.issuedOn().isBefore(today.minusDays(DisputePolicy.DISPUTE_WINDOW_DAYS))) {
            problems.add("outsideDisputeWindow", "bill: " + bill.reference() + " was issued on " + bill.issuedOn()
                    + "; bills can be disputed for " + DisputePolicy.DISPUTE_WINDOW_DAYS + " days after they are issued");
        }
        List<BillLine> billLines = billing.linesOf(bill.id());
        List<DisputeLine> lines = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            DisputeLine asked = draft.lines().get(i);
            String where = "lines[" + i + "]: ";
            Optional<BillLine> found = billLines.stream().filter(l -> l.id() == asked.billLineId()).findFirst();
            if (found.isEmpty()) {
                problems.add("lineNotOnBill", asked.billLineId(), where + "bill line " + asked.billLineId() + " is not on bill " + bill.reference());
                continue;
            }
            BillLine line = found.get();
            if (!seen.add(line.id())) {
                problems.add("duplicateLine", line.id(), where + "bill line " + line.id() + " is named twice");
                continue;
            }
            if (line.kind() == BillLineKind.CREDIT) {
                problems.add("lineNotDisputable", line.id(), where + "bill line " + line.id() + " is a credit, not a charge");
                continue;
            }
            BigDecimal amount = asked.amount() == null ? line.amount() : asked.amount();
            if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
                problems.add("invalidAmount", line.id(), where + "the disputed amount must be more than 0 with at most 2 decimals, was "
                        + amount.toPlainString());
                continue;
            }
            if (amount.compareTo(line.amount()) > 0) {
                problems.add("amountAboveLine", line.id(), where + "the disputed amount " + amount.toPlainString()
                        + " is more than the line's " + line.amount().toPlainString());
                continue;
            }
            BigDecimal money = amount.setScale(2, RoundingMode.HALF_UP);
            lines.add(new DisputeLine(line.id(), money));
            summary.add("#" + line.id() + " " + line.description() + ": charged CNY " + line.amount().toPlainString()
                    + ", disputed CNY " + money.toPlainString());
        }
        for (Long taken : disputes.openlyDisputed(lines.stream().map(DisputeLine::billLineId).toList())) {
            problems.add("lineAlreadyDisputed", taken, "bill line " + taken + " is already in an open dispute");
        }
        problems.throwIfAny();

        BigDecimal total = lines.stream().map(DisputeLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        int repeat = disputes.disputesSince(customer.id(), now.minus(Duration.ofDays(365)));
        String id = DisputeReference.of(now.atZone(ZoneOffset.UTC).getYear(), disputes.nextNumber());
        Instant decisionBy = DisputePolicy.decisionBy(now);
        Dispute dispute = new Dispute(id, customer.id(), customer.reference(), bill.id(), bill.reference(),
                draft.reason(), draft.channel().code(), total, Dispute.OPEN, openedBy, now, decisionBy,
                DisputePolicy.regulatoryDecisionBy(now), null);
        try {
            disputes.insert(dispute, lines);
        } catch (DuplicateKeyException race) {
            // another intake took one of the lines between our check and our insert
            throw new TmfBadRequestException("lineAlreadyDisputed", "a disputed bill line is already in an open dispute");
        }
        if (starter == null) {
            throw new IllegalStateException("This node runs no engine; disputes are opened on engine nodes");
        }
        starter.start(id, startVariables(dispute, customer, String.join("\n", summary), repeat));
        return dispute;
    }

    /**
     * Opens a dispute for an intake that may ask more than once (the open-dispute task the engine hands
     * out again after a lost completion): the first call opens it, every later call with the same key
     * answers that dispute and starts nothing. Two calls racing each other both try; the unique intake
     * key (and the open-line index) lets only one commit, and {@link #openedBy(String)} finds the winner.
     */
    @Transactional
    public Dispute openOnce(DisputeDraft draft, String openedBy, String intakeKey) {
        Optional<Dispute> opened = disputes.findByIntakeKey(intakeKey);
        if (opened.isPresent()) {
            return opened.get();
        }
        Dispute dispute = open(draft, openedBy);
        disputes.recordIntakeKey(dispute.id(), intakeKey);
        return dispute;
    }

    /** The dispute the intake with this key opened, if any (committed). */
    public Optional<Dispute> openedBy(String intakeKey) {
        return disputes.findByIntakeKey(intakeKey);
    }

    static Map<String, Object> startVariables(Dispute dispute, Customer customer, String lines, int repeat) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(BillingDisputeVariables.DISPUTE_REFERENCE, dispute.id());
        variables.put(BillingDisputeVariables.CUSTOMER_ID, dispute.customerId());
        variables.put(BillingDisputeVariables.CUSTOMER_REFERENCE, dispute.customerReference());
        variables.put(BillingDisputeVariables.CUSTOMER_NAME, customer.fullName());
        variables.put(BillingDisputeVariables.TIER, customer.tier().code());
        variables.put(BillingDisputeVariables.BILL_ID, dispute.billId());
        variables.put(BillingDisputeVariables.BILL_REFERENCE, dispute.billReference());
        variables.put(BillingDisputeVariables.DISPUTED_AMOUNT, dispute.disputedAmount().doubleValue());
        variables.put(BillingDisputeVariables.DISPUTED_LINES, lines);
        variables.put(BillingDisputeVariables.DISPUTE_REASON, dispute.reason());
        variables.put(BillingDisputeVariables.REPEAT_DISPUTES, repeat);
        variables.put(BillingDisputeVariables.DECISION_BY, Date.from(dispute.decisionBy()));
        variables.put(BillingDisputeVariables.DECISION_BY_LABEL,
                StaffTime.due(dispute.decisionBy(), dispute.createdAt(), customer.timeZone()));
        variables.put(BillingDisputeVariables.PROMISED_AT, Date.from(dispute.decisionBy()));
        variables.put(BillingDisputeVariables.ESCALATE_AT,
                Date.from(DisputePolicy.escalateAt(dispute.createdAt(), dispute.decisionBy())));
        variables.put(BillingDisputeVariables.REGULATORY_DECISION_BY, Date.from(dispute.regulatoryDecisionBy()));
        return variables;
    }

    /**
     * A deadline of the dispute as staff read it in the forms: in the customer's time zone, with the time
     * left from now (e.g. {@code Thu 10 Dec 2026 18:00 (Asia/Shanghai), in 5 days as of Sat 5 Dec 09:12}).
     */
    public String staffLabel(String reference, Instant deadline) {
        ZoneId zone = disputes.find(reference).flatMap(dispute -> customers.findById(dispute.customerId()))
                .map(Customer::timeZone).orElse(LocalizedFormats.DEFAULT_ZONE);
        return StaffTime.due(deadline, clock.instant(), zone);
    }

    public Optional<Dispute> find(String reference) {
        return disputes.find(reference);
    }

    /** Records the decision of a stage no one approves afterwards (auto, manager, approval, appeal). */
    public DecisionOutcome recordDecision(String reference, DecisionStage stage, String decidedBy, String decision,
                                          BigDecimal amount, String reason) {
        return recordDecision(reference, stage, decidedBy, decision, amount, reason, null);
    }

    /**
     * Records a decision once per stage (a retry gets the recorded one back). The dispute counts as
     * decided (status {@code decided}: on the customer's account page, and no longer open for a
     * cancellation waiting on it) unless a review's credit is above {@code approvalAbove}: then it stays
     * open until a manager approves.
     *
     * @param amount the credit in total for the dispute; ignored for upheld (the disputed amount) and
     *               rejected (nothing more than before)
     * @param approvalAbove for a review, the agent's credit limit (dispute-routing); null: no approval stage
     * @throws DecisionRefusedException for an incomplete or inconsistent decision, or a decider who
     *                                  may not decide at this stage (4-eyes)
     * @throws IllegalArgumentException for an unknown dispute, or a person's decision without the person
     */
    @Transactional
    public DecisionOutcome recordDecision(String reference, DecisionStage stage, String decidedBy, String decision,
                                          BigDecimal amount, String reason, BigDecimal approvalAbove) {
        if (!disputes.lock(reference)) {
            throw new IllegalArgumentException("No billing dispute " + reference);
        }
        Dispute dispute = disputes.find(reference).orElseThrow();
        List<Decision> earlier = disputes.decisions(reference);
        BigDecimal floor = stage == DecisionStage.APPEAL ? firstPhaseCredit(earlier) : BigDecimal.ZERO.setScale(2);
        Optional<Decision> recorded = earlier.stream().filter(d -> d.stage() == stage).findFirst();
        Decision result;
        if (recorded.isPresent()) {
            result = recorded.get();
        } else {
            String decider = stage.byPerson() ? decidedBy : SYSTEM_DECIDER;
            if (decider == null || decider.isBlank()) {
                throw new IllegalArgumentException("The " + stage.code() + " decision on " + reference
                        + " has no decider: the task was completed without a user");
            }
            FourEyesRule.check(stage, decider, earlier);
            BigDecimal credit = checkedCredit(dispute, decision, amount, floor);
            if (reason == null || reason.isBlank()) {
                throw new DecisionRefusedException(DecisionRefusedException.INVALID_DECISION,
                        "Please explain the decision to the customer.");
            }
            result = new Decision(reference, stage, decider, decision, credit, reason.strip(),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
            disputes.insertDecision(result);
        }
        boolean awaitsApproval = stage == DecisionStage.REVIEW && approvalAbove != null
                && result.creditAmount().compareTo(approvalAbove) > 0;
        if (recorded.isEmpty() && !awaitsApproval) {
            disputes.updateStatus(reference, Dispute.DECIDED);
        }
        BigDecimal toApply = result.creditAmount().subtract(floor).max(BigDecimal.ZERO);
        Instant creditOnBillBy = DisputePolicy.creditOnBillBy(result.decidedAt());
        Instant appealUntil = DisputePolicy.appealUntil(result.decidedAt());
        // the next promise: when the credit shows on the bill; without a (new) credit, how long the
        // customer may still appeal (or, after the appeal, ask questions)
        boolean credits = stage == DecisionStage.APPEAL ? toApply.signum() > 0 : result.creditAmount().signum() > 0;
        Instant promisedAt = credits ? creditOnBillBy : appealUntil;
        return new DecisionOutcome(result, toApply, creditOnBillBy, appealUntil, promisedAt, awaitsApproval);
    }

    private static BigDecimal checkedCredit(Dispute dispute, String decision, BigDecimal amount, BigDecimal floor) {
        BigDecimal disputed = dispute.disputedAmount();
        if (Decision.UPHELD.equals(decision)) {
            return disputed.setScale(2, RoundingMode.HALF_UP);
        }
        if (Decision.REJECTED.equals(decision)) {
            return floor;
        }
        if (!Decision.PARTIALLY_UPHELD.equals(decision)) {
            throw new DecisionRefusedException(DecisionRefusedException.INVALID_DECISION,
                    "Choose a decision: upheld, partially-upheld or rejected (was '" + decision + "').");
        }
        if (amount == null || amount.compareTo(floor) <= 0 || amount.compareTo(disputed) >= 0) {
            throw new DecisionRefusedException(DecisionRefusedException.INVALID_DECISION, "A partly upheld dispute "
                    + "credits more than CNY " + floor.toPlainString() + " and less than the disputed CNY "
                    + disputed.toPlainString() + " (was " + (amount == null ? "empty" : amount.toPlainString()) + ").");
        }
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** What the decision before the appeal granted: the last one in flow order that is not the appeal. */
    private static BigDecimal firstPhaseCredit(List<Decision> decisions) {
        return decisions.stream().filter(d -> d.stage() != DecisionStage.APPEAL)
                .max(Comparator.comparing(Decision::stage)).map(Decision::creditAmount)
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    /** Records the customer's one appeal (a repeat of the same appeal finds the first). */
    @Transactional
    public Appeal recordAppeal(String reference, String reason) {
        if (!disputes.lock(reference)) {
            throw new IllegalArgumentException("No billing dispute " + reference);
        }
        Optional<Appeal> earlier = disputes.appeal(reference);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Appeal appeal = new Appeal(reference, reason == null || reason.isBlank() ? "(no reason given)" : reason.strip(),
                now, DisputePolicy.appealDecisionBy(now));
        disputes.insertAppeal(appeal);
        disputes.updateStatus(reference, Dispute.APPEALED);
        return appeal;
    }

    /**
     * Ends the dispute: the hold is converted for what the final decision credited and released for
     * the rest; the lines are free for a later dispute. Closing a closed dispute changes nothing.
     */
    @Transactional
    public Optional<BillHold> close(String reference) {
        if (!disputes.lock(reference)) {
            throw new IllegalArgumentException("No billing dispute " + reference);
        }
        BigDecimal credited = disputes.decisions(reference).stream()
                // stages come in flow order (review before approval before appeal): the last one is final
                .max(Comparator.comparing(Decision::stage))
                .map(Decision::creditAmount).orElse(BigDecimal.ZERO);
        Optional<BillHold> hold = holds.settle(reference, credited);
        disputes.close(reference, clock.instant());
        return hold;
    }

    public List<Decision> decisions(String reference) {
        return disputes.decisions(reference);
    }

    public Optional<Appeal> appeal(String reference) {
        return disputes.appeal(reference);
    }

    public List<DisputeLine> lines(String reference) {
        return disputes.lines(reference);
    }

    /** Every problem of one request, answered together. */
    private static final class Problems {
        private final List<IntakeRefusedException.Problem> problems = new ArrayList<>();
        private final List<String> messages = new ArrayList<>();

        void add(String code, String message) {
            add(code, null, message);
        }

        void add(String code, Long billLineId, String message) {
            problems.add(new IntakeRefusedException.Problem(code, billLineId));
            messages.add(message);
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new IntakeRefusedException(problems, String.join("; ", messages));
            }
        }
    }
}
