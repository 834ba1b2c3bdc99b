package io.linecare.platform.identity;

/** The staff groups of Linecare. The id is what BPMN candidateGroups and authorizations name. */
public enum LinecareGroup {
    FRONTLINE("frontline", "Frontline agents"),
    DISPATCH("dispatch", "Dispatchers"),
    FIELD_TECH("field-tech", "Field technicians"),
    BILLING("billing", "Billing agents"),
    BILLING_MANAGERS("billing-managers", "Billing managers"),
    RETENTION("retention", "Retention agents"),
    NETWORK_ANALYSTS("network-analysts", "Network analysts"),
    PROCESS_OWNERS("process-owners", "Process owners"),
    ADMINS("linecare-admins", "Linecare administrators"),
    /** Technical group of the external-task workers; no person belongs to it. */
    WORKERS("linecare-workers", "Linecare workers (technical)");

    private final String id;
    private final String displayName;

    LinecareGroup(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isWorkforce() {
        return this != WORKERS;
    }
}
