package io.linecare.repair.ticket;

import java.time.Instant;

import io.linecare.customer.ServiceType;

/**
 * A fault-repair ticket as stored; its status is the latest {@link StatusChange}, its notes are
 * {@link TicketNote}s. Customer and line are kept as they were known when the ticket was opened.
 *
 * @param id                 the reference, e.g. {@code FR-2026-000123} ({@link TicketReference})
 * @param createdBy          the staff user who opened it
 * @param satisfactionScore  1-5 from the closing survey, null until answered
 */
public record Ticket(
        String id,
        String name,
        String description,
        Severity severity,
        TicketType ticketType,
        IntakeChannel channel,
        long customerId,
        String customerReference,
        long subscriptionId,
        String lineNumber,
        ServiceType serviceType,
        String areaId,
        String createdBy,
        Instant creationDate,
        Instant lastUpdate,
        int transfers,
        Integer satisfactionScore,
        String satisfactionComment) {
}
