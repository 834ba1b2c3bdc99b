package io.linecare.repair.ticket;

import java.util.List;

/**
 * A checked TMF621 merge-patch: what may change on a ticket.
 *
 * @param severity null to keep it
 * @param notes          notes as sent; those with an id must already be on the ticket and are not added again
 * @param customerAnswer null, or the customer's answer to "is it fixed?" given to an agent on a resolved
 *                       ticket: {@code closed} (fixed) or {@code inProgress} (not fixed)
 */
public record TicketPatch(Severity severity, List<NoteInput> notes, TicketStatus customerAnswer) {

    public TicketPatch(Severity severity, List<NoteInput> notes) {
        this(severity, notes, null);
    }

    /** @param id null for a new note */
    public record NoteInput(String id, String text) {
    }

    public boolean isEmpty() {
        return severity == null && notes.isEmpty() && customerAnswer == null;
    }
}
