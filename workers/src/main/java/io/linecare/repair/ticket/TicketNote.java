package io.linecare.repair.ticket;

import java.time.Instant;

/** A note on a ticket (TMF621 Note); notes are only ever added. */
public record TicketNote(long id, String ticketId, String author, String text, Instant date) {
}
