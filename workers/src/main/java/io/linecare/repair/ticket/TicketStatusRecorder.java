package io.linecare.repair.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a ticket through the TMF621 statuses. The fault-repair flow calls this as it goes; the API
 * shows the latest change as the ticket's status and all of them as its history.
 */
@Service
public class TicketStatusRecorder {

    private final TroubleTicketRepository tickets;
    private final Clock clock;

    public TicketStatusRecorder(TroubleTicketRepository tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    /**
     * Appends a status change, unless the ticket already has this status (so a retried task
     * records nothing twice).
     *
     * @return true when a change was recorded, false when the status was already current
     * @throws UnknownTicketException when there is no such ticket
     */
    @Transactional
    public boolean record(String ticketId, TicketStatus status, String reason) {
        Objects.requireNonNull(status, "status");
        if (!tickets.lock(ticketId)) {
            throw new UnknownTicketException(ticketId);
        }
        if (tickets.currentStatus(ticketId).filter(status::equals).isPresent()) {
            return false;
        }
        Instant now = clock.instant();
        tickets.addStatusChange(new StatusChange(ticketId, status, reason, now));
        tickets.touch(ticketId, now);
        return true;
    }
}
