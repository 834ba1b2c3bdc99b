package io.linecare.repair.ticket;

/**
 * A checked TMF621 TroubleTicket_Create: every field present and of a known value; whether the
 * customer and the line exist is checked against the CRM afterwards.
 *
 * @param lineId the affected line as the client named it: subscription id or line number
 */
public record TicketDraft(
        String name,
        String description,
        Severity severity,
        TicketType ticketType,
        IntakeChannel channel,
        String customerReference,
        String lineId) {
}
