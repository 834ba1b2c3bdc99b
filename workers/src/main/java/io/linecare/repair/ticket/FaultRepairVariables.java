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
     * Set by the flow, read by the API: the promised restore time (ISO-8601 string or Date),
     * shown as TMF621 {@code expectedResolutionDate}.
     */
    public static final String PROMISED_AT = "promisedAt";

    private FaultRepairVariables() {
    }
}
