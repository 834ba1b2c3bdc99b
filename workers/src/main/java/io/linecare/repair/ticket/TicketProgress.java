package io.linecare.repair.ticket;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linecare.network.LineStatus;

/**
 * Writes what the fault-repair flow learns onto the ticket: line test result, transfers, resolution,
 * reopenings and the customer's verdict. Every write is safe to repeat, because external tasks are
 * delivered at least once.
 */
@Service
public class TicketProgress {

    /** Notes the flow writes are signed by this author (the API's notes carry the agent's login). */
    public static final String FLOW_AUTHOR = "linecare";

    private final JdbcClient jdbc;
    private final TicketStatusRecorder statuses;
    private final Clock clock;

    public TicketProgress(JdbcClient jdbc, TicketStatusRecorder statuses, Clock clock) {
        this.jdbc = jdbc;
        this.statuses = statuses;
        this.clock = clock;
    }

    /** Moves the ticket to {@code status} (nothing when it already has it) and notes why. */
    public void status(String ticketId, TicketStatus status, String reason) {
        statuses.record(ticketId, status, reason);
    }

    /** Adds a note by the flow, unless the ticket's latest note already says exactly this (a retry). */
    @Transactional
    public void note(String ticketId, String text) {
        String latest = jdbc.sql("select text from linecare.trouble_ticket_note where ticket_id = ? order by id desc limit 1")
                .param(ticketId).query(String.class).optional().orElse(null);
        if (text.equals(latest)) {
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("insert into linecare.trouble_ticket_note (ticket_id, author, text, date) values (?, ?, ?, ?)")
                .params(ticketId, FLOW_AUTHOR, text, Timestamp.from(now)).update();
        touch(ticketId, now);
    }

    public void lineTested(String ticketId, LineStatus status) {
        update(ticketId, "line_status = ?", status.code());
    }

    /** Counts a change of owner group once per {@code transferKey}. @return the ticket's transfer count */
    @Transactional
    public int transfer(String ticketId, String transferKey, String toGroup, String reason) {
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                        insert into linecare.trouble_ticket_transfer (ticket_id, transfer_key, to_group, reason, transferred_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(ticketId, transferKey, toGroup, reason, Timestamp.from(now)).update();
        if (inserted == 1) {
            jdbc.sql("update linecare.trouble_ticket set transfers = transfers + 1, last_update = ? where id = ?")
                    .params(Timestamp.from(now), ticketId).update();
        }
        return jdbc.sql("select transfers from linecare.trouble_ticket where id = ?").param(ticketId)
                .query(Integer.class).single();
    }

    public void resolved(String ticketId, String resolution, String reason) {
        update(ticketId, "resolution = ?", resolution);
        status(ticketId, TicketStatus.RESOLVED, reason);
    }

    public void reopened(String ticketId, int reopenCount, String reason) {
        update(ticketId, "resolution = null, reopen_count = greatest(reopen_count, ?)", reopenCount);
        status(ticketId, TicketStatus.IN_PROGRESS, reason);
    }

    /**
     * @param satisfactionScore 1..5 or null when the customer gave none
     * @param automatically     true when nobody answered within the confirmation time
     */
    public void closed(String ticketId, Integer satisfactionScore, String comment, boolean automatically, String reason) {
        jdbc.sql("""
                        update linecare.trouble_ticket
                           set satisfaction_score = coalesce(?, satisfaction_score),
                               satisfaction_comment = coalesce(?, satisfaction_comment),
                               closed_automatically = ?, last_update = ?
                         where id = ?""")
                .params(satisfactionScore, comment, automatically, Timestamp.from(clock.instant()), ticketId).update();
        status(ticketId, TicketStatus.CLOSED, reason);
    }

    private void update(String ticketId, String assignments, Object value) {
        int updated = jdbc.sql("update linecare.trouble_ticket set " + assignments + ", last_update = ? where id = ?")
                .params(value, Timestamp.from(clock.instant()), ticketId).update();
        if (updated == 0) {
            throw new UnknownTicketException(ticketId);
        }
    }

    private void touch(String ticketId, Instant at) {
        jdbc.sql("update linecare.trouble_ticket set last_update = greatest(last_update, ?) where id = ?")
                .params(Timestamp.from(at), ticketId).update();
    }
}
