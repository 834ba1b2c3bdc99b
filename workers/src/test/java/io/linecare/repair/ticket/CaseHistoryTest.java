package io.linecare.repair.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.linecare.demo.DemoDatabase;
import io.linecare.demo.SeededDemoDatabase;

/** CaseHistory on real PostgreSQL; each test works on its own ticket. */
class CaseHistoryTest {

    @RegisterExtension
    static final SeededDemoDatabase database = new SeededDemoDatabase();

    private static final ZoneId HANGZHOU = ZoneId.of("Asia/Shanghai");
    /** Wed 18 Mar 2026 14:30 in Hangzhou. */
    private static final Instant T0 = DemoDatabase.NOW;

    private static TroubleTicketRepository tickets;
    private static CaseHistory history;

    @BeforeAll
    static void services() {
        tickets = new TroubleTicketRepository(database.jdbc());
        history = new CaseHistory(tickets);
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void statusChangesAndNotesAreMergedInTimeOrderInTheAreaZone() {
        String id = TicketProgressTest.ticket(tickets, "FR-2026-910001", T0);
        // written out of time order: the note was taken before the later status change was stored
        tickets.addStatusChange(new StatusChange(id, TicketStatus.IN_PROGRESS, "Line test: line-fault", at(30)));
        tickets.addNote(id, "agent.li", "Customer called again", at(10));
        tickets.addStatusChange(new StatusChange(id, TicketStatus.PENDING, null, at(95)));
        tickets.addNote(id, "linecare", "Visit booked", at(60));

        assertThat(history.summary(id, HANGZHOU)).isEqualTo("""
                18 Mar 14:30  acknowledged: Reported by phone
                18 Mar 14:40  note (agent.li): Customer called again
                18 Mar 15:00  inProgress: Line test: line-fault
                18 Mar 15:30  note (linecare): Visit booked
                18 Mar 16:05  pending""");
    }

    @Test
    void timesAreShownInTheZoneAsked() {
        String id = TicketProgressTest.ticket(tickets, "FR-2026-910002", T0);

        assertThat(history.summary(id, ZoneId.of("Europe/Berlin"))).isEqualTo("18 Mar 07:30  acknowledged: Reported by phone");
    }

    @Test
    void onlyTheLatestTwelveEntriesAreShownAfterACountOfTheOthers() {
        String id = TicketProgressTest.ticket(tickets, "FR-2026-910003", T0);
        for (int i = 1; i <= 14; i++) {
            tickets.addNote(id, "linecare", "step " + i, at(i));
        }

        String summary = history.summary(id, HANGZHOU);

        String[] lines = summary.split("\n");
        assertThat(lines).hasSize(13);
        // 15 entries (acknowledged + 14 notes): the oldest three (acknowledged, step 1, step 2) are counted
        assertThat(lines[0]).isEqualTo("(3 earlier entries not shown)");
        assertThat(lines[1]).isEqualTo("18 Mar 14:33  note (linecare): step 3");
        assertThat(lines[12]).isEqualTo("18 Mar 14:44  note (linecare): step 14");
        assertThat(summary).doesNotContain("acknowledged").doesNotContain("): step 1\n").doesNotContain("): step 2\n");
    }

    @Test
    void twelveEntriesAreAllShownWithoutACount() {
        String id = TicketProgressTest.ticket(tickets, "FR-2026-910004", T0);
        for (int i = 1; i <= 11; i++) {
            tickets.addNote(id, "linecare", "step " + i, at(i));
        }

        String summary = history.summary(id, HANGZHOU);

        assertThat(summary.split("\n")).hasSize(12);
        assertThat(summary).startsWith("18 Mar 14:30  acknowledged").doesNotContain("earlier entries");
    }

    @Test
    void aTicketWithoutEntriesHasAnEmptyHistory() {
        assertThat(history.summary("FR-2026-919999", HANGZHOU)).isEmpty();
    }
}
