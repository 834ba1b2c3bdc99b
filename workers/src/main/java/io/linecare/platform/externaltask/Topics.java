package io.linecare.platform.externaltask;

/**
 * Every external-task topic, declared once. BPMN files name these strings; ModelConsistencyTest
 * proves each topic in a process has exactly one handler and each handler's topic is used.
 */
public final class Topics {

    public static final String PLATFORM_RECORD_HEARTBEAT = "platform.record-heartbeat";
    public static final String COMMUNICATION_SEND_MESSAGE = "communication.send-message";
    public static final String BILLING_APPLY_CREDIT = "billing.apply-credit";

    public static final String REPAIR_OPEN_TICKET = "repair.open-ticket";
    public static final String REPAIR_SET_PROMISE = "repair.set-promise";
    public static final String REPAIR_PAUSE_PROMISE = "repair.pause-promise";
    public static final String REPAIR_RESUME_PROMISE = "repair.resume-promise";
    public static final String REPAIR_ESTIMATE_RESTORATION = "repair.estimate-restoration";
    public static final String REPAIR_REVISE_PROMISE = "repair.revise-promise";
    public static final String REPAIR_RESOLVE_TICKET = "repair.resolve-ticket";
    public static final String REPAIR_REOPEN_TICKET = "repair.reopen-ticket";
    public static final String REPAIR_CLOSE_TICKET = "repair.close-ticket";
    public static final String REPAIR_JOIN_INCIDENT = "repair.join-incident";

    public static final String NETWORK_DIAGNOSE_LINE = "network.diagnose-line";
    public static final String NETWORK_FIX_REMOTELY = "network.fix-remotely";
    public static final String NETWORK_RECORD_NETWORK_WORK = "network.record-network-work";

    public static final String NETWORK_DISCONNECT_SERVICE = "network.disconnect-service";

    public static final String RETENTION_SCORE_CUSTOMER = "retention.score-customer";
    public static final String RETENTION_CHECK_OPEN_DISPUTE = "retention.check-open-dispute";
    public static final String RETENTION_PRICE_OFFER = "retention.price-offer";
    public static final String RETENTION_CHECK_RE_CHURN = "retention.check-re-churn";
    public static final String RETENTION_RECORD_EXIT_SURVEY = "retention.record-exit-survey";
    public static final String RETENTION_OPEN_CANCELLATION = "retention.open-cancellation";

    public static final String BILLING_APPLY_RETENTION_OFFER = "billing.apply-retention-offer";
    public static final String BILLING_END_RETENTION_OFFER = "billing.end-retention-offer";
    public static final String BILLING_ISSUE_FINAL_BILL = "billing.issue-final-bill";
    public static final String BILLING_CHARGE_EQUIPMENT_FEE = "billing.charge-equipment-fee";

    public static final String WORKFORCE_PROPOSE_SLOTS = "workforce.propose-slots";
    public static final String WORKFORCE_BOOK_APPOINTMENT = "workforce.book-appointment";
    public static final String WORKFORCE_COMPLETE_VISIT = "workforce.complete-visit";
    public static final String WORKFORCE_REBOOK_AFTER_NO_SHOW = "workforce.rebook-after-no-show";

    public static final String BILLING_HOLD_DISPUTED_AMOUNT = "billing.hold-disputed-amount";
    public static final String BILLING_ANALYZE_CHARGE = "billing.analyze-charge";
    public static final String DISPUTE_RECORD_DECISION = "dispute.record-decision";
    public static final String DISPUTE_RECORD_APPEAL = "dispute.record-appeal";
    public static final String DISPUTE_CLOSE_DISPUTE = "dispute.close-dispute";
    public static final String DISPUTE_OPEN_DISPUTE = "dispute.open-dispute";

    public static final String GROUPING_EVALUATE_GROUP = "grouping.evaluate-group";
    public static final String GROUPING_PREPARE_REVIEW = "grouping.prepare-review";
    public static final String GROUPING_CLOSE_GROUP = "grouping.close-group";
    public static final String GROUPING_UNGROUP_TICKETS = "grouping.ungroup-tickets";
    public static final String GROUPING_MERGE_GROUP = "grouping.merge-group";
    public static final String GROUPING_CONFIRM_INCIDENT = "grouping.confirm-incident";
    public static final String GROUPING_NOTIFY_AFFECTED = "grouping.notify-affected";
    public static final String GROUPING_REVISE_ESTIMATE = "grouping.revise-estimate";
    public static final String GROUPING_RESOLVE_INCIDENT = "grouping.resolve-incident";
    public static final String GROUPING_COMPENSATE_AFFECTED = "grouping.compensate-affected";
    public static final String GROUPING_WRITE_REPORT = "grouping.write-report";

    private Topics() {
    }
}
