package io.linecare.retention;

/**
 * The variables of request-cancellation.bpmn, the agents' Tasklist intake of a cancellation: an agent
 * fills its start form, {@code retention.open-cancellation} takes the request (and so starts
 * cancellation-save) or names what is wrong.
 */
public final class RequestCancellationVariables {

    /** The process definition key of request-cancellation.bpmn. */
    public static final String PROCESS_KEY = "request-cancellation";

    /** String: the login of the agent who took the call (camunda:initiator of the start event). */
    public static final String REQUESTED_BY = "requestedBy";

    // the form fields (start form request-cancellation, correction form request-cancellation-correct), all Strings

    /** The customer's reference, e.g. CU-000042. */
    public static final String CUSTOMER_REFERENCE = "customerReference";
    /** The line to cancel, by its line number. */
    public static final String LINE_NUMBER = "lineNumber";
    /** A {@link CancellationReason} code. */
    public static final String REASON = "reason";
    /** Optional: the customer's own words. */
    public static final String REASON_DETAIL = "reasonDetail";
    /** The last day of service, YYYY-MM-DD. */
    public static final String DESIRED_END_DATE = "desiredEndDate";
    /** Boolean, correction form only: the agent gives up on the request (no cancellation). */
    public static final String WITHDRAW_REQUEST = "withdrawRequest";

    // set by retention.open-cancellation

    /** String, on success: the request's reference, e.g. CS-2026-000123. */
    public static final String CANCELLATION_REFERENCE = "cancellationReference";
    /** String, with {@link #ERROR_INVALID_CANCELLATION_REQUEST}: every reason the request was not taken, one per line. */
    public static final String INTAKE_PROBLEM = "intakeProblem";
    /** String, with {@link #ERROR_INVALID_CANCELLATION_REQUEST}: customer and line as entered, for the correction task's name. */
    public static final String REQUEST_LABEL = "requestLabel";

    /** BPMN error: the request cannot be taken as it stands; an agent corrects it. */
    public static final String ERROR_INVALID_CANCELLATION_REQUEST = "Err_InvalidCancellationRequest";

    private RequestCancellationVariables() {
    }
}
