package io.linecare.repair.ticket;

/**
 * The variables a fault-repair process starts with (set by {@link CamundaFaultRepairStarter}).
 * The business key is the ticket id. Types as stored in the engine.
 */
public final class FaultRepairVariables {

    /** The process definition key of fault-repair.bpmn. */
    public static final String PROCESS_KEY = "fault-repair";

    /** String: the ticket reference, e.g. FR-2026-000123; also the business key. */
    public static final String TICKET_ID = "ticketId";
    /** Long: the CRM id of the customer. */
    public static final String CUSTOMER_ID = "customerId";
    /** String: the reference the customer quotes, e.g. CU-000042. */
    public static final String CUSTOMER_REFERENCE = "customerReference";
    /** String: the customer's full name, for task names ("Agree visit time — Zhang Wei, FR-…"). */
    public static final String CUSTOMER_NAME = "customerName";
    /** String: standard, premium or enterprise (sla-policy input). */
    public static final String TIER = "tier";
    /** Boolean: whether the customer counts as a big client (sla-policy input). */
    public static final String BIG_CLIENT = "bigClient";
    /** Long: the affected subscription (line). */
    public static final String SUBSCRIPTION_ID = "subscriptionId";
    /** String: the affected line's number. */
    public static final String LINE_NUMBER = "lineNumber";
    /** String: broadband, voip or cable-tv (sla-policy input). */
    public static final String SERVICE_TYPE = "serviceType";
    /** String: the network area of the line (business calendar, outages). */
    public static final String AREA_ID = "areaId";
    /** String: critical, major or minor (sla-policy input). */
    public static final String SEVERITY = "severity";
    /** String: connectivity, speed, noise, no-signal or equipment ({@link TicketType}). */
    public static final String TICKET_TYPE = "ticketType";
    /** String: phone, web, app, shop or self-service ({@link IntakeChannel}). */
    public static final String CHANNEL = "channel";
    /** String: the customer's description of the fault. */
    public static final String DESCRIPTION = "description";
    /**
     * String or null: the confirmed incident (CG-…) the ticket belongs to. Set at start when the ticket
     * joins one at intake, and by repair.join-incident when the incident is confirmed later.
     */
    public static final String INCIDENT_REFERENCE = "incidentReference";
    /** Boolean: the ticket's incident is resolved (false at start). */
    public static final String INCIDENT_RESOLVED = "incidentResolved";

    /**
     * Set by the flow, read by the API: the promised restore time (ISO-8601 string or Date),
     * shown as TMF621 {@code expectedResolutionDate}.
     */
    public static final String PROMISED_AT = "promisedAt";

    // ---- set by the flow (outputs of the handlers named; Date = java.util.Date)

    /** Map: sla-policy's single result (restoreHours, responseHours, compensationClass, calendar). */
    public static final String SLA = "sla";
    /** Date: 80 % of the promised span; the at-risk timer. */
    public static final String AT_RISK_AT = "atRiskAt";
    /** String: A, B or C (sla-policy), the compensation-policy input. */
    public static final String COMPENSATION_CLASS = "compensationClass";
    /** String: the promise formatted for staff, in the area's time zone. */
    public static final String PROMISE_LABEL = "promiseLabel";
    /** Boolean: the promise clock is paused while we wait for the customer (TMF621 pending). */
    public static final String PROMISE_PAUSED = "promisePaused";
    /** Date: when the clock was paused. */
    public static final String PAUSED_AT = "pausedAt";
    /** Boolean: the customer has been warned that the promise is at risk. */
    public static final String PROMISE_WARNED = "promiseWarned";
    /** Boolean: the promise was broken and compensated (once per ticket). */
    public static final String PROMISE_BROKEN = "promiseBroken";
    /** Date: the promise that was broken (apology-compensation's missedPromise). */
    public static final String MISSED_PROMISE = "missedPromise";
    /** Double: hours between a missed promise (or visit) and the new one: compensation-policy input. */
    public static final String HOURS_LATE = "hoursLate";
    /** Date and String: the honest new estimate when the promise is at risk, and its staff label. */
    public static final String ESTIMATED_AT = "estimatedAt";
    public static final String ESTIMATE_LABEL = "estimateLabel";
    /** Boolean: repaired (resolve-ticket) and not reopened since. */
    public static final String REPAIR_DONE = "repairDone";
    /** String: remote, visit, network, or "" while not repaired. */
    public static final String RESOLUTION = "resolution";
    /** Integer: how often the customer said "not fixed". */
    public static final String REOPEN_COUNT = "reopenCount";
    /** Integer: visits done; transfers to another group. */
    public static final String VISIT_COUNT = "visitCount";
    public static final String TRANSFER_COUNT = "transferCount";
    /** String: a few lines of what happened so far, for the forms. */
    public static final String CASE_HISTORY = "caseHistory";

    /** String (line test): ok, line-fault, cpe-fault or area-outage; Boolean; String. */
    public static final String LINE_STATUS = "lineStatus";
    public static final String REMOTELY_FIXABLE = "remotelyFixable";
    public static final String LINE_TEST_DETAIL = "lineTestDetail";
    /**
     * Boolean and String (network.diagnose-line): an analyst is reviewing the ticket's complaint group
     * (suspected), so an area outage waits for the verdict instead of its own network work; the group's
     * reference ("" when none) names the release signal {@code complaint-group-released-<CG>}.
     */
    public static final String GROUP_UNDER_REVIEW = "groupUnderReview";
    public static final String COMPLAINT_GROUP_REFERENCE = "complaintGroupReference";
    /** BPMN error: the ticket's group was confirmed as an incident before its repair began listening. */
    public static final String ERR_PART_OF_INCIDENT = "Err_PartOfIncident";
    /** String: what a remote fix did (remote-fix-done's fixSummary). */
    public static final String FIX_SUMMARY = "fixSummary";

    /** String: JSON [{id, start, end, technicianName}] (the status page lists them); text for dispatch. */
    public static final String OFFERED_SLOTS = "offeredSlots";
    public static final String OFFERED_SLOTS_TEXT = "offeredSlotsText";
    /** Boolean: at least one offered slot ends before the promise. */
    public static final String SLOTS_KEEP_PROMISE = "slotsKeepPromise";
    /** Date: the end of the earliest offered window. */
    public static final String EARLIEST_VISIT_END = "earliestVisitEnd";
    /** Date: until when the offered slots are held for the customer. */
    public static final String SLOTS_HELD_UNTIL = "slotsHeldUntil";
    /** Integer: offers made so far (message purposes stay unique per offer). */
    public static final String SLOT_ROUND = "slotRound";
    /** String: the slot id the customer picked on the status page (Msg_SlotPicked). */
    public static final String PICKED_SLOT_ID = "pickedSlotId";
    /** String: the dispatcher's choice in "Agree visit time": 1..5, new-slots or unreachable. */
    public static final String SLOT_CHOICE = "slotChoice";

    /** The booked visit: id (String), ISO-8601 interval, staff text, start/end, timers (Date). */
    public static final String APPOINTMENT_ID = "appointmentId";
    public static final String APPOINTMENT_WINDOW = "appointmentWindow";
    public static final String APPOINTMENT_WINDOW_TEXT = "appointmentWindowText";
    public static final String APPOINTMENT_START = "appointmentStart";
    public static final String APPOINTMENT_END = "appointmentEnd";
    public static final String NO_SHOW_AT = "noShowAt";
    public static final String REMINDER_AT = "reminderAt";
    public static final String REMINDER_USEFUL = "reminderUseful";
    public static final String TECHNICIAN_NAME = "technicianName";
    /** The visit the technician missed: id (String) and end (Date). */
    public static final String MISSED_APPOINTMENT_ID = "missedAppointmentId";
    public static final String MISSED_APPOINTMENT_END = "missedAppointmentEnd";

    /** The technician's visit form: Boolean, String (cause code), resolved|second-visit|network-work, Strings. */
    public static final String ARRIVED = "arrived";
    public static final String FAULT_CAUSE = "faultCause";
    public static final String VISIT_OUTCOME = "visitOutcome";
    public static final String PARTS_USED = "partsUsed";
    public static final String VISIT_NOTES = "visitNotes";
    /** The network analysts' form. */
    public static final String ROOT_CAUSE = "rootCause";
    public static final String NETWORK_WORK_DONE = "networkWorkDone";

    /** Date: the customer confirms the fix by then, or the ticket closes itself. */
    public static final String CONFIRM_BY = "confirmBy";
    /** From Msg_FixConfirmed: Boolean, Integer 1..5, String. */
    public static final String FIX_WORKED = "fixWorked";
    public static final String SATISFACTION_SCORE = "satisfactionScore";
    public static final String CUSTOMER_COMMENT = "customerComment";
    /** The message the customer's answer arrives with (status page or an agent's PATCH). */
    public static final String MSG_FIX_CONFIRMED = "Msg_FixConfirmed";
    /** Boolean: closed after 72 h without an answer. */
    public static final String CLOSED_AUTOMATICALLY = "closedAutomatically";

    private FaultRepairVariables() {
    }
}
