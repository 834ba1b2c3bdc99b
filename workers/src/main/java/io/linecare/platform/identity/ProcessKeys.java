package io.linecare.platform.identity;

/** Process definition keys that rights are granted on; a definition need not be deployed yet. */
public final class ProcessKeys {

    public static final String FAULT_REPAIR = "fault-repair";
    /** Phone intake: an agent's start form in Tasklist that opens a fault-repair ticket. */
    public static final String REPORT_FAULT = "report-fault";
    public static final String BILLING_DISPUTE = "billing-dispute";
    /** Tasklist intake: an agent's start form that opens a billing dispute. */
    public static final String OPEN_DISPUTE = "open-dispute";
    public static final String COMPLAINT_GROUP = "complaint-group";
    public static final String CANCELLATION_SAVE = "cancellation-save";
    /** Tasklist intake: an agent's start form that takes a cancellation request. */
    public static final String REQUEST_CANCELLATION = "request-cancellation";
    public static final String WORKER_HEALTH_CHECK = "worker-health-check";

    private ProcessKeys() {
    }
}
