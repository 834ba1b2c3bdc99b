package io.linecare.repair.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linecare.customer.Customer;
import io.linecare.customer.CustomerDirectory;
import io.linecare.customer.Subscription;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;
import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.platform.tmf.TmfNotFoundException;

/**
 * Opens fault-repair tickets and applies the few changes staff may make through the API. Opening
 * stores the ticket, its first status, its place in the area's complaint group and starts the process
 * in one transaction: there is never a ticket without a process, nor a process without a ticket.
 */
@Service
@ConditionalOnRole(Role.ENGINE)
public class TroubleTicketService {

    static final String ACKNOWLEDGED_REASON = "Fault reported";

    private final TroubleTicketRepository tickets;
    private final CustomerDirectory customers;
    private final FaultRepairStarter starter;
    private final FixConfirmations confirmations;
    private final ComplaintRegistry complaints;
    private final Clock clock;

    public TroubleTicketService(TroubleTicketRepository tickets, CustomerDirectory customers,
                                FaultRepairStarter starter, FixConfirmations confirmations,
                                ComplaintRegistry complaints, Clock clock) {
        this.tickets = tickets;
        this.customers = customers;
        this.starter = starter;
        this.confirmations = confirmations;
        this.complaints = complaints;
        this.clock = clock;
    }

    @Transactional
    public Ticket open(TicketDraft draft, String openedBy) {
        Customer customer = customers.findByReference(draft.customerReference())
                .orElseThrow(() -> new TmfBadRequestException("unknownCustomer",
                        "relatedParty: no customer with reference '" + draft.customerReference() + "'"));
        Subscription line = affectedLine(customer, customers.subscriptionsOf(customer.id()), draft.lineId());
        String areaId = tickets.areaOfAccessNode(line.accessNodeId()).orElse(customer.areaId());

        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String id = TicketReference.of(now.atZone(ZoneOffset.UTC).getYear(), tickets.nextNumber());
        Ticket ticket = new Ticket(id, draft.name(), draft.description(), draft.severity(), draft.ticketType(),
                draft.channel(), customer.id(), customer.reference(), line.id(), line.lineNumber(),
                line.serviceType(), areaId, openedBy, now, now, 0, null, null);
        tickets.insert(ticket);
        tickets.addStatusChange(new StatusChange(id, TicketStatus.ACKNOWLEDGED,
                ACKNOWLEDGED_REASON + " by " + draft.channel().code(), now));
        Optional<String> incident = complaints.register(ticket, line.accessNodeId());
        starter.start(ticket, incident.orElse(null));
        return ticket;
    }

    /**
     * Opens a ticket for an intake that may ask more than once (an external task the engine hands
     * out again after a lost completion): the first call opens it, every later call with the same
     * key answers that ticket and starts nothing. Two calls racing each other both try, and the
     * unique intake key lets only one commit; the other fails and, retried, finds the winner's.
     */
    @Transactional
    public Ticket openOnce(TicketDraft draft, String openedBy, String intakeKey) {
        Optional<Ticket> opened = tickets.findByIntakeKey(intakeKey);
        if (opened.isPresent()) {
            return opened.get();
        }
        Ticket ticket = open(draft, openedBy);
        tickets.recordIntakeKey(ticket.id(), intakeKey);
        return ticket;
    }

    /**
     * The customer's line the client named, by line number or subscription id, if it is active.
     * A line of another customer is answered like an unknown one: the caller learns nothing about
     * other customers' lines.
     */
    static Subscription affectedLine(Customer customer, List<Subscription> lines, String lineId) {
        Optional<Subscription> byNumber = lines.stream().filter(s -> s.lineNumber().equals(lineId)).findFirst();
        Subscription line = byNumber.or(() -> lines.stream()
                        .filter(s -> String.valueOf(s.id()).equals(lineId)).findFirst())
                .orElseThrow(() -> new TmfBadRequestException("lineNotOfCustomer", "relatedEntity: '" + lineId
                        + "' is not a line of customer " + customer.reference()));
        if (!line.isActive()) {
            throw new TmfBadRequestException("lineNotActive", "relatedEntity: line " + line.lineNumber()
                    + " of customer " + customer.reference() + " is " + line.status().code() + ", not active");
        }
        return line;
    }

    /**
     * Appends new notes (author = the caller), changes the severity and passes on the customer's answer
     * to "is it fixed?" (the flow then closes or reopens the ticket); answers the changed ticket.
     */
    @Transactional
    public Ticket change(String ticketId, TicketPatch patch, String author) {
        if (!tickets.lock(ticketId)) {
            throw new TmfNotFoundException("No trouble ticket " + ticketId);
        }
        Ticket ticket = tickets.find(ticketId).orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Set<String> existing = Set.copyOf(tickets.notes(List.of(ticketId)).getOrDefault(ticketId, List.of())
                .stream().map(note -> String.valueOf(note.id())).toList());
        for (int i = 0; i < patch.notes().size(); i++) {
            TicketPatch.NoteInput note = patch.notes().get(i);
            if (note.id() != null && !existing.contains(note.id())) {
                throw new TmfBadRequestException("invalidValue", "note[" + i + "].id '" + note.id()
                        + "' is not a note of " + ticketId + "; leave id out to add a note");
            }
        }
        if (patch.customerAnswer() != null) {
            TicketStatus current = tickets.currentStatus(ticketId).orElse(TicketStatus.ACKNOWLEDGED);
            if (current != TicketStatus.RESOLVED) {
                throw new TmfBadRequestException("invalidValue", "status: " + ticketId + " is " + current.code()
                        + "; only a resolved ticket waits for the customer's answer");
            }
        }
        boolean changed = false;
        for (TicketPatch.NoteInput note : patch.notes()) {
            if (note.id() == null) {
                tickets.addNote(ticketId, author, note.text(), now);
                changed = true;
            }
        }
        if (patch.severity() != null && patch.severity() != ticket.severity()) {
            tickets.updateSeverity(ticketId, patch.severity(), now);
            changed = true;
        }
        if (changed) {
            tickets.touch(ticketId, now);
        }
        if (patch.customerAnswer() != null) {
            String comment = patch.notes().stream().filter(note -> note.id() == null).map(TicketPatch.NoteInput::text)
                    .reduce((first, last) -> last).orElse(null);
            confirmations.record(ticketId, patch.customerAnswer() == TicketStatus.CLOSED, comment);
        }
        return tickets.find(ticketId).orElseThrow();
    }
}
