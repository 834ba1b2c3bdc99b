package io.linecare.repair.ticket;

/**
 * The variables of report-fault.bpmn, the phone intake: an agent fills its start form in Tasklist,
 * {@code repair.open-ticket} opens the ticket (and so starts fault-repair) or names what is wrong.
 */
public final class ReportFaultVariables {

    /** The process definition key of report-fault.bpmn. */
    public static final String PROCESS_KEY = "report-fault";

    /** String: the login of the agent who started the report (camunda:initiator of the start event). */
    public static final String REPORTED_BY = "reportedBy";

    // the form fields (start form report-fault, correction form report-fault-correct), all Strings

    /** The caller's customer reference, e.g. CU-000042. */
    public static final String CUSTOMER_REFERENCE = "customerReference";
    /** The affected line: line number or subscription id. */
    public static final String LINE_NUMBER = "lineNumber";
    /** critical, major or minor ({@link Severity}). */
    public static final String SEVERITY = "severity";
    /** connectivity, speed, noise, no-signal or equipment ({@link TicketType}). */
    public static final String TICKET_TYPE = "ticketType";
    /** What the caller reports, in their words. */
    public static final String DESCRIPTION = "description";
    /** Boolean, correction form only: the agent gives up on the report (no ticket). */
    public static final String WITHDRAW_REPORT = "withdrawReport";

    // set by repair.open-ticket

    /** String, on success: the opened ticket's reference, e.g. FR-2026-000123. */
    public static final String TICKET_ID = "ticketId";
    /** String, with {@link #ERROR_INVALID_FAULT_REPORT}: every reason the ticket was not opened, one per line. */
    public static final String INTAKE_PROBLEM = "intakeProblem";
    /** String, with {@link #ERROR_INVALID_FAULT_REPORT}: customer and line as entered, for the correction task's name. */
    public static final String REPORT_LABEL = "reportLabel";

    /** BPMN error: the report cannot become a ticket as it stands; an agent corrects it. */
    public static final String ERROR_INVALID_FAULT_REPORT = "Err_InvalidFaultReport";

    private ReportFaultVariables() {
    }
}
