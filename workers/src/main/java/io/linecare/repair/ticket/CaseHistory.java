package io.linecare.repair.ticket;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The few lines of a ticket's story a person needs before deciding: status changes and notes,
 * newest last, in the area's time zone. Handlers put it in the {@code caseHistory} variable the
 * forms show, so nobody has to open another system.
 */
@Component
public class CaseHistory {

    static final int MAX_LINES = 12;

    private final TroubleTicketRepository tickets;

    public CaseHistory(TroubleTicketRepository tickets) {
        this.tickets = tickets;
    }

    public String summary(String ticketId, ZoneId zone) {
        record Line(Instant at, String text) {
        }
        List<Line> lines = new ArrayList<>();
        for (StatusChange change : tickets.statusChanges(List.of(ticketId)).getOrDefault(ticketId, List.of())) {
            lines.add(new Line(change.changeDate(), change.status().code()
                    + (change.reason() == null || change.reason().isBlank() ? "" : ": " + change.reason())));
        }
        for (TicketNote note : tickets.notes(List.of(ticketId)).getOrDefault(ticketId, List.of())) {
            lines.add(new Line(note.date(), "note (" + note.author() + "): " + note.text()));
        }
        lines.sort(Comparator.comparing(Line::at));
        List<Line> shown = lines.subList(Math.max(0, lines.size() - MAX_LINES), lines.size());
        StringBuilder text = new StringBuilder();
        if (shown.size() < lines.size()) {
            text.append("(").append(lines.size() - shown.size()).append(" earlier entries not shown)\n");
        }
        for (Line line : shown) {
            text.append(StaffTime.shortLabel(line.at(), zone)).append("  ").append(line.text()).append('\n');
        }
        return text.toString().stripTrailing();
    }
}
