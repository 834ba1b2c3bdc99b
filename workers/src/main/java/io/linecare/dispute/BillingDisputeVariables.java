package io.linecare.dispute;

/**
 * The variables of billing-dispute.bpmn, declared once (names; types as stored in the engine). The
 * business key is the dispute reference.
 */
public final class BillingDisputeVariables {

    public static final String PROCESS_KEY = "billing-dispute";

    // set at start by CamundaDisputeStarter
    /** String: BD-2026-000123; also the business key. */
    public static final String DISPUTE_REFERENCE = "disputeReference";
    /** Long: the CRM id of the customer (send-message, apply-credit). */
    public static final String CUSTOMER_ID = "customerId";
    /** String: CU-000042. */
    public static final String CUSTOMER_REFERENCE = "customerReference";
    /** String: for task names and messages. */
    public static final String CUSTOMER_NAME = "customerName";
    /** String: standard, premium or enterprise (dispute-routing input). */
    public static final String TIER = "tier";
    /** Long: the disputed bill. */
    public static final String BILL_ID = "billId";
    /** String: BL-202602-000123 (messages). */
    public static final String BILL_REFERENCE = "billReference";
    /** Double: the disputed total in CNY (dispute-routing input, messages). */
    public static final String DISPUTED_AMOUNT = "disputedAmount";
    /** String: the disputed lines, one per line, for the forms. */
    public static final String DISPUTED_LINES = "disputedLines";
    /** String: what the customer says is wrong. */
    public static final String DISPUTE_REASON = "disputeReason";
    /** Integer: the customer's other disputes in the last 12 months (dispute-routing input). */
    public static final String REPEAT_DISPUTES = "repeatDisputes";
    /** Date: the promised decision date (task due dates, missed-date timer). */
    public static final String DECISION_BY = "decisionBy";
    /** String: decisionBy for staff, with the time left (StaffTime.due); refreshed after each decision. */
    public static final String DECISION_BY_LABEL = "decisionByLabel";
    /** Date: 80 % of the way to decisionBy: the case goes to billing-managers. */
    public static final String ESCALATE_AT = "escalateAt";
    /** Date: the regulator's limit; the new promise after a missed decision date. */
    public static final String REGULATORY_DECISION_BY = "regulatoryDecisionBy";
    /** Date: the current promise the status page and messages show. */
    public static final String PROMISED_AT = "promisedAt";

    // set by the flow
    /** String: clear-error, partial-error or no-error-found (billing.analyze-charge). */
    public static final String CHECK_RESULT = "checkResult";
    /** Double: what the check proves is owed, at most the disputed amount. */
    public static final String PROVABLE_AMOUNT = "provableAmount";
    /** String: the check's findings for the forms. */
    public static final String CHECK_EVIDENCE = "checkEvidence";
    /** String: the check's errors in a sentence or two for the customer. */
    public static final String CHECK_SUMMARY = "checkSummary";
    /** String: upheld, partially-upheld or rejected (forms, dispute.record-decision). */
    public static final String DECISION = "decision";
    /** Double: the credit decided (forms, dispute.record-decision). */
    public static final String CREDIT_AMOUNT = "creditAmount";
    /** String: the explanation for the customer (forms). */
    public static final String DECISION_REASON = "decisionReason";
    /** Double: what is still to be credited after a decision. */
    public static final String CREDIT_TO_APPLY = "creditToApply";
    /** Boolean: the review's credit is above the agent's limit, so a manager approves it (Gateway_NeedsApproval). */
    public static final String AWAITS_APPROVAL = "awaitsApproval";
    /** String: why the last decision was not accepted (shown on the form it loops back to); null when accepted. */
    public static final String DECISION_PROBLEM = "decisionProblem";
    /** Date: the customer may appeal until. */
    public static final String APPEAL_UNTIL = "appealUntil";
    /** Date: an appeal is decided by. */
    public static final String APPEAL_DECISION_BY = "appealDecisionBy";
    /** String: appealDecisionBy for staff, with the time left (StaffTime.due). */
    public static final String APPEAL_DECISION_BY_LABEL = "appealDecisionByLabel";
    /** String: the customer's appeal (status page). */
    public static final String APPEAL_REASON = "appealReason";
    /** Strings: the users who completed the review, manager, approval and appeal tasks (engine-recorded). */
    public static final String REVIEWED_BY = "reviewedBy";
    public static final String MANAGER_DECIDED_BY = "managerDecidedBy";
    public static final String APPROVED_BY = "approvedBy";
    public static final String APPEAL_DECIDED_BY = "appealDecidedBy";

    private BillingDisputeVariables() {
    }
}
