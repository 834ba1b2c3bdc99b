package io.linecare.grouping;

/**
 * The variables of complaint-group.bpmn, declared once. The business key is the group reference
 * (CG-YYYY-NNNNNN), which is also the case reference of every outage message. Types as stored in
 * the engine.
 */
public final class ComplaintGroupVariables {

    /** The process definition key of complaint-group.bpmn. */
    public static final String PROCESS_KEY = "complaint-group";

    // ---------------------------------------------------------------- at start (ComplaintGroupStarter)
    /** String: the group reference, also the business key. */
    public static final String GROUP_REFERENCE = "groupReference";
    /** String: the network area, e.g. A03. */
    public static final String AREA_ID = "areaId";
    /** String: broadband, voip or cable-tv. */
    public static final String SERVICE_TYPE = "serviceType";
    /** String: "A03 湖滨片区 broadband", for task names and forms. */
    public static final String GROUP_LABEL = "groupLabel";

    // ---------------------------------------------------------------- grouping.evaluate-group (cluster-threshold inputs)
    /** Integer: tickets of the group reported within the sliding window. */
    public static final String TICKETS_IN_WINDOW = "ticketsInWindow";
    /** Double: complaining lines as a percentage of the active lines on the access nodes concerned. */
    public static final String SHARE_OF_LINES_PCT = "shareOfLinesPct";
    /** Boolean: a big client is among the complaining customers. */
    public static final String BIG_CLIENT_INVOLVED = "bigClientInvolved";
    /** Double: the area's latest hourly download speed as a percentage of its 14-day median (100 when unknown). */
    public static final String DOWNLOAD_PCT_OF_MEDIAN = "downloadPctOfMedian";
    /** Double: the area's latest hourly packet loss in percent (0 when unknown). */
    public static final String PACKET_LOSS_PCT = "packetLossPct";
    /** Map: cluster-threshold's result, {suspected: Boolean, reason: String}. */
    public static final String THRESHOLD = "threshold";

    // ---------------------------------------------------------------- grouping.prepare-review (the analyst's facts)
    /** String: one line per ticket (reference, customer, line, node, reported, line test). */
    public static final String TICKET_LIST = "ticketList";
    /** String: one line per access node with its complaining and total lines. */
    public static final String ACCESS_NODE_LIST = "accessNodeList";
    /** String: the area's last 12 hourly measurements against the 14-day median, as a table. */
    public static final String MEASUREMENT_TABLE = "measurementTable";
    /** String: why cluster-threshold suspects an incident. */
    public static final String SUSPECTED_REASON = "suspectedReason";
    /** String: the cause the evidence suggests; the analyst may correct it. */
    public static final String SUSPECTED_CAUSE = "suspectedCause";
    /** Date: when the analyst's review is due. */
    public static final String REVIEW_DUE_AT = "reviewDueAt";
    /** String: why the analyst's last decision could not be carried out (empty when none). */
    public static final String REVIEW_PROBLEM = "reviewProblem";

    // ---------------------------------------------------------------- the analyst's review form
    /** String: confirm, reject, ungroup or merge. */
    public static final String ANALYST_DECISION = "analystDecision";
    /** Long/Integer/Double: hours until service is expected back (confirm). */
    public static final String ESTIMATED_HOURS = "estimatedHours";
    /** String: ticket references to take out of the group, comma- or space-separated (ungroup). */
    public static final String UNGROUP_TICKETS = "ungroupTickets";
    /** String: the group reference to merge into (merge). */
    public static final String MERGE_INTO = "mergeInto";

    // ---------------------------------------------------------------- grouping.confirm-incident and later
    /** List of String: the ticket references the incident holds; each gets the incident-confirmed signal. */
    public static final String LINKED_TICKETS = "linkedTickets";
    /** Date: when service is expected back (the current estimate); "promisedAt" as in every case, so the status page shows it. */
    public static final String ESTIMATED_RESTORATION_AT = "promisedAt";
    /** String: the estimate as staff read it, in the area's zone. */
    public static final String ESTIMATE_LABEL = "estimateLabel";
    /** Integer: customers on the affected access nodes. */
    public static final String AFFECTED_CUSTOMERS = "affectedCustomers";

    // ---------------------------------------------------------------- the restoration form
    /** String: restored or new-estimate. */
    public static final String RESTORE_OUTCOME = "restoreOutcome";
    /** Long/Integer/Double: hours from now until service is expected back (new-estimate). */
    public static final String NEW_ESTIMATE_HOURS = "newEstimateHours";
    /** String: the root cause network operations found (restored). */
    public static final String ROOT_CAUSE = "rootCause";

    // ---------------------------------------------------------------- grouping.resolve-incident and compensation
    /** Double: hours from confirmation to restoration. */
    public static final String OUTAGE_HOURS = "outageHours";
    /** List of Map {tier: String, bigClient: Boolean}: the affected customers' segments, one compensation pass each. */
    public static final String SEGMENTS = "segments";
    /** Map {tier, bigClient}: the segment of one compensation pass (multi-instance element). */
    public static final String SEGMENT = "segment";

    private ComplaintGroupVariables() {
    }
}
