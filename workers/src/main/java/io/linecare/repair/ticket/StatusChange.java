package io.linecare.repair.ticket;

import java.time.Instant;

/** One entry of a ticket's status history; the latest one is the ticket's status. */
public record StatusChange(String ticketId, TicketStatus status, String reason, Instant changeDate) {
}
