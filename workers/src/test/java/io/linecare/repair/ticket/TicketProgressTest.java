package io.linecare.repair.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.customer.ServiceType;
import io.linecare.demo.DemoDatabase;
import io.linecare.demo.SeededDemoDatabase;
import io.linecare.network.LineStatus;

/** TicketProgress on real PostgreSQL; each test works on its own ticket. */
class TicketProgressTest {

    @RegisterExtension
    static final SeededDemoDatabase database = new SeededDemoDatabase();

    private static final MutableClock clock = new MutableClock(DemoDatabase.NOW);
    private static JdbcClient jdbc;
    private static TroubleTicketRepository tickets;
    private static TicketProgress progress;

    @BeforeAll
    static void services() {
        jdbc = database.jdbc();
        tickets = new TroubleTicketRepository(jdbc);
        progress = new TicketProgress(jdbc, new TicketStatusRecorder(tickets, clock), clock);
    }

    /** A fresh acknowledged ticket. */
    static String ticket(TroubleTicketRepository tickets, String id, Instant at) {
        tickets.insert(new Ticket(id, "No internet", "Line down since noon", Severity.MAJOR, TicketType.CONNECTIVITY,
                IntakeChannel.PHONE, 42L, "CU-000042", 7L, "057188880007", ServiceType.BROADBAND, "A01", "agent.li",
                at, at, 0, null, null));
        tickets.addStatusChange(new StatusChange(id, TicketStatus.ACKNOWLEDGED, "Reported by phone", at));
        return id;
    }

    private Map<String, Object> row(String id) {
        return jdbc.sql("""
                        select transfers, line_status, resolution, reopen_count, satisfaction_score, satisfaction_comment,
                               closed_automatically, last_update
                          from linecare.trouble_ticket where id = ?""")
                .param(id).query().singleRow();
    }

    private List<String> notes(String id) {
        return tickets.notes(List.of(id)).getOrDefault(id, List.of()).stream().map(TicketNote::text).toList();
    }

    private int transferRows(String id) {
        return jdbc.sql("select count(*) from linecare.trouble_ticket_transfer where ticket_id = ?").param(id)
                .query(Integer.class).single();
    }

    @Test
    void aTransferIsCountedOncePerKeyAndTheCountIsReturned() {
        String id = ticket(tickets, "FR-2026-900001", DemoDatabase.NOW);

        assertThat(progress.transfer(id, "Task_DiagnoseLine", "network-analysts", "Area outage")).isEqualTo(1);
        assertThat(progress.transfer(id, "Task_DiagnoseLine", "network-analysts", "Area outage")).isEqualTo(1); // retry
        assertThat(progress.transfer(id, "visit-2", "network-analysts", "Fault in the network")).isEqualTo(2);
        assertThat(progress.transfer(id, "visit-2", "network-analysts", "Fault in the network")).isEqualTo(2);

        assertThat(row(id).get("transfers")).isEqualTo(2);
        assertThat(transferRows(id)).isEqualTo(2);
    }

    @Test
    void transfersOfOneTicketDoNotCountOnAnother() {
        String first = ticket(tickets, "FR-2026-900002", DemoDatabase.NOW);
        String second = ticket(tickets, "FR-2026-900003", DemoDatabase.NOW);

        progress.transfer(first, "Task_DiagnoseLine", "network-analysts", "Area outage");

        assertThat(progress.transfer(second, "Task_DiagnoseLine", "network-analysts", "Area outage")).isEqualTo(1);
    }

    @Test
    void aNoteIsNotDuplicatedWhenTheTaskIsRetried() {
        String id = ticket(tickets, "FR-2026-900004", DemoDatabase.NOW);

        progress.note(id, "Visit booked: Thu 19 Mar 08:00-10:00 with Li Na");
        clock.advance(Duration.ofMinutes(1));
        progress.note(id, "Visit booked: Thu 19 Mar 08:00-10:00 with Li Na");

        assertThat(notes(id)).containsExactly("Visit booked: Thu 19 Mar 08:00-10:00 with Li Na");
        assertThat(tickets.notes(List.of(id)).get(id).get(0).author()).isEqualTo(TicketProgress.FLOW_AUTHOR);
    }

    @Test
    void theSameTextAfterAnotherNoteIsANewNote() {
        String id = ticket(tickets, "FR-2026-900005", DemoDatabase.NOW);

        progress.note(id, "Promise at risk");
        progress.note(id, "Promise missed");
        progress.note(id, "Promise at risk");

        assertThat(notes(id)).containsExactly("Promise at risk", "Promise missed", "Promise at risk");
    }

    @Test
    void aConfirmedClosureStoresScoreAndComment() {
        String id = ticket(tickets, "FR-2026-900006", DemoDatabase.NOW);

        progress.closed(id, 4, "Quick and friendly", false, "The customer confirmed the fix");

        Map<String, Object> row = row(id);
        assertThat(((Number) row.get("satisfaction_score")).intValue()).isEqualTo(4);
        assertThat(row.get("satisfaction_comment")).isEqualTo("Quick and friendly");
        assertThat(row.get("closed_automatically")).isEqualTo(false);
        assertThat(tickets.currentStatus(id)).contains(TicketStatus.CLOSED);
    }

    @Test
    void anAutomaticClosureIsMarkedAndStoresNoScore() {
        String id = ticket(tickets, "FR-2026-900007", DemoDatabase.NOW);

        progress.closed(id, null, null, true, "No answer within 72 hours; closed as fixed");
        progress.closed(id, null, null, true, "No answer within 72 hours; closed as fixed"); // retry

        Map<String, Object> row = row(id);
        assertThat(row.get("satisfaction_score")).isNull();
        assertThat(row.get("satisfaction_comment")).isNull();
        assertThat(row.get("closed_automatically")).isEqualTo(true);
        List<StatusChange> changes = tickets.statusChanges(List.of(id)).get(id);
        assertThat(changes).extracting(StatusChange::status)
                .containsExactly(TicketStatus.ACKNOWLEDGED, TicketStatus.CLOSED);
    }

    @Test
    void lineTestResolutionAndReopeningGoOnTheTicket() {
        String id = ticket(tickets, "FR-2026-900008", DemoDatabase.NOW);

        progress.lineTested(id, LineStatus.LINE_FAULT);
        progress.resolved(id, "remote", "Fixed remotely");
        assertThat(row(id)).containsEntry("line_status", "line-fault").containsEntry("resolution", "remote");
        assertThat(tickets.currentStatus(id)).contains(TicketStatus.RESOLVED);

        progress.reopened(id, 1, "The customer says the fault is not fixed");
        progress.reopened(id, 1, "The customer says the fault is not fixed"); // retry

        assertThat(row(id)).containsEntry("resolution", null).containsEntry("reopen_count", 1);
        assertThat(tickets.currentStatus(id)).contains(TicketStatus.IN_PROGRESS);
    }

    @Test
    void anUnknownTicketIsReported() {
        assertThatThrownBy(() -> progress.lineTested("FR-2026-999999", LineStatus.OK))
                .isInstanceOf(UnknownTicketException.class);
    }

    /** A clock the test moves on. */
    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
