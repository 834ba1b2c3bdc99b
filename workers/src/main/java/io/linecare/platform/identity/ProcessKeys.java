package io.linecare.platform.identity;

/** Process definition keys that rights are granted on; a definition need not be deployed yet. */
public final class ProcessKeys {

    public static final String FAULT_REPAIR = "fault-repair";
    public static final String BILLING_DISPUTE = "billing-dispute";
    public static final String COMPLAINT_GROUP = "complaint-group";
    public static final String CANCELLATION_SAVE = "cancellation-save";
    public static final String WORKER_HEALTH_CHECK = "worker-health-check";

    private ProcessKeys() {
    }
}
