package io.linecare.retention;

/**
 * The variables of cancellation-save.bpmn, declared once. Business key = the request's reference.
 * Date = java.util.Date (the engine's type, usable in timers).
 */
public final class CancellationSaveVariables {

    public static final String PROCESS_KEY = "cancellation-save";

    // ---- set at start (CamundaCancellationStarter)
    /** String: CS-YYYY-NNNNNN, also the business key. */
    public static final String CANCELLATION_REFERENCE = "cancellationReference";
    /** Long; String CU-…; String (task names and messages); String standard|premium|enterprise. */
    public static final String CUSTOMER_ID = "customerId";
    public static final String CUSTOMER_REFERENCE = "customerReference";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String TIER = "tier";
    /** Long and String: the line to cancel. */
    public static final String SUBSCRIPTION_ID = "subscriptionId";
    public static final String LINE_NUMBER = "lineNumber";
    /** String: a {@link CancellationReason} code (retention-offer input). */
    public static final String REASON = "reason";
    /** Boolean: the reason allows a win-back message 60 days after the line ended. */
    public static final String WIN_BACK_ALLOWED = "winBackAllowed";
    /** Date: the end of the customer's last day of service; the disconnect timer; never moved. */
    public static final String SERVICE_ENDS_AT = "serviceEndsAt";
    /** Date: the save attempt (fix-first task and save call) ends here; min(request + 48 h, service end). */
    public static final String SAVE_DEADLINE = "saveDeadline";
    /** Strings: serviceEndsAt and saveDeadline for the forms, with the time left at intake (StaffTime.due). */
    public static final String SERVICE_ENDS_AT_LABEL = "serviceEndsAtLabel";
    public static final String SAVE_DEADLINE_LABEL = "saveDeadlineLabel";

    // ---- retention.score-customer
    public static final String CHURN_RISK = "churnRisk";
    public static final String CLTV_BAND = "cltvBand";
    /** Boolean and String: the oldest open fault ("" when none), fixed first. */
    public static final String HAS_OPEN_FAULT = "hasOpenFault";
    public static final String OPEN_FAULT_ID = "openFaultId";
    /** Boolean and String: the oldest open billing dispute ("" when none), settled first. */
    public static final String HAS_OPEN_DISPUTE = "hasOpenDispute";
    public static final String OPEN_DISPUTE_ID = "openDisputeId";
    /** String: the customer's story for the agent, one screen. */
    public static final String CUSTOMER_STORY = "customerStory";

    // ---- DMN and retention.price-offer
    /** Map: retention-offer's single result (offerType, offerValue, offerMonths). */
    public static final String SUGGESTED_OFFER = "suggestedOffer";
    /** Number: retention-budget's result, CNY per save for the tier. */
    public static final String OFFER_BUDGET = "offerBudget";
    public static final String OFFER_TYPE = "offerType";
    public static final String OFFER_VALUE = "offerValue";
    public static final String OFFER_MONTHS = "offerMonths";
    public static final String OFFER_COST = "offerCost";
    public static final String OFFER_SUMMARY = "offerSummary";

    // ---- the agent's form and the fix-first task
    /** String: accepted, declined or call-back. */
    public static final String SAVE_OUTCOME = "saveOutcome";
    public static final String AGENT_NOTES = "agentNotes";
    /** String: fixed or still-open (dispatch's fix-first task). */
    public static final String FAULT_OUTCOME = "faultOutcome";
    /** Boolean and String (retention.check-open-dispute): still open or appealed, and what is disputed. */
    public static final String DISPUTE_STILL_OPEN = "disputeStillOpen";
    public static final String OPEN_DISPUTE_SUMMARY = "openDisputeSummary";
    /** String: decided or still-open (billing-managers' settle-first task). */
    public static final String DISPUTE_OUTCOME = "disputeOutcome";

    // ---- outputs of the billing and network handlers
    public static final String OFFER_APPLIED = "offerApplied";
    /** Date: when the applied offer's months are over (start of the day after its last day, customer's zone). */
    public static final String OFFER_ENDS_AT = "offerEndsAt";
    /** billing.end-retention-offer: whether the line went back to its plan, both plans' download Mbps, the faster one's price. */
    public static final String PLAN_RESTORED = "planRestored";
    public static final String RESTORED_MBPS = "restoredMbps";
    public static final String UPGRADED_MBPS = "upgradedMbps";
    public static final String UPGRADE_PRICE_AMOUNT = "upgradePriceAmount";
    public static final String FINAL_CREDIT_AMOUNT = "finalCreditAmount";
    public static final String DISCONNECT_OUTCOME = "disconnectOutcome";
    public static final String EQUIPMENT_FEE_AMOUNT = "equipmentFeeAmount";
    /** Date: return the equipment by; Date: charged only when still missing then (after two reminders). */
    public static final String RETURN_BY = "returnBy";
    public static final String FEE_DUE_AT = "feeDueAt";
    public static final String FEE_OUTCOME = "feeOutcome";
    public static final String CUSTOMER_STAYED = "customerStayed";

    /** The message the warehouse's scan of the returned equipment arrives with. */
    public static final String MSG_EQUIPMENT_RETURNED = "Msg_EquipmentReturned";

    private CancellationSaveVariables() {
    }
}
