package io.linecare.repair.ticket;

/** The list filters of the TMF621 API; a null attribute does not filter. */
public record TicketFilter(TicketStatus status, String customerReference, Severity severity) {

    public static TicketFilter none() {
        return new TicketFilter(null, null, null);
    }
}
