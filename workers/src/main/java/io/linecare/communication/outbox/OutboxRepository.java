package io.linecare.communication.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox table. Claiming marks a batch {@code inProgress}, counts the attempt and leases it in
 * one statement ({@code FOR UPDATE SKIP LOCKED}), so several dispatchers on several nodes never send
 * the same message at the same time, and a node that dies mid-send leaves a lease that runs out.
 */
@Repository
public class OutboxRepository {

    private static final String COLUMNS = """
            id, idempotency_key, case_reference, customer_id, customer_reference, message_type, channel, locale, urgent, receiver,
            subject, text_body, html_body, state, attempts, next_attempt_at, last_error, provider_message_id,
            created_at, sent_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public OutboxRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Writes the message unless its idempotency key is already there; true if it was new. */
    public boolean insertIfAbsent(NewOutboxMessage message) {
        int inserted = jdbc.sql("""
                insert into linecare.communication_message
                    (idempotency_key, case_reference, customer_id, customer_reference, message_type, channel, locale, urgent, receiver,
                     subject, text_body, html_body, next_attempt_at)
                values (:key, :caseReference, :customerId, :customerReference, :messageType, :channel, :locale, :urgent, :receiver,
                        :subject, :textBody, :htmlBody, :notBefore)
                on conflict (idempotency_key) do nothing""")
                .param("key", message.idempotencyKey())
                .param("caseReference", message.caseReference())
                .param("customerId", message.customerId())
                .param("customerReference", message.customerReference())
                .param("messageType", message.messageType())
                .param("channel", message.channel().key())
                .param("locale", message.locale())
                .param("urgent", message.urgent())
                .param("receiver", message.receiver())
                .param("subject", message.subject())
                .param("textBody", message.textBody())
                .param("htmlBody", message.htmlBody())
                .param("notBefore", Timestamp.from(message.notBefore()))
                .update();
        return inserted == 1;
    }

    /** Claims up to {@code limit} due messages for {@code lease}; the attempt is counted before sending. */
    @Transactional
    public List<OutboxMessage> claimDue(int limit, Duration lease) {
        return jdbc.sql("""
                update linecare.communication_message m
                   set state = 'inProgress', attempts = attempts + 1, updated_at = now(),
                       next_attempt_at = now() + make_interval(secs => :leaseSeconds)
                 where m.id in (select id from linecare.communication_message
                                 where state in ('initial', 'inProgress') and next_attempt_at <= now()
                                 order by next_attempt_at, id
                                 limit :limit
                                 for update skip locked)
                """ + " returning " + COLUMNS)
                .param("leaseSeconds", lease.toSeconds())
                .param("limit", limit)
                .query(OutboxRepository::map)
                .list();
    }

    /** Marks a batch sent in one round trip (a JDBC batch), with each message's provider id. */
    public void markCompleted(Map<Long, String> providerIdsByMessage) {
        if (providerIdsByMessage.isEmpty()) {
            return;
        }
        List<Object[]> rows = providerIdsByMessage.entrySet().stream()
                .map(entry -> new Object[] {entry.getValue(), entry.getKey()})
                .toList();
        batch.batchUpdate("""
                update linecare.communication_message
                   set state = 'completed', sent_at = now(), provider_message_id = ?, last_error = null, updated_at = now()
                 where id = ?""", rows);
    }

    public void scheduleRetry(long id, String error, Instant nextAttemptAt) {
        jdbc.sql("""
                update linecare.communication_message
                   set last_error = :error, next_attempt_at = :next, updated_at = now()
                 where id = :id""")
                .param("error", error)
                .param("next", Timestamp.from(nextAttemptAt))
                .param("id", id)
                .update();
    }

    public void markFailed(long id, String error) {
        jdbc.sql("""
                update linecare.communication_message
                   set state = 'failed', last_error = :error, updated_at = now()
                 where id = :id""")
                .param("error", error)
                .param("id", id)
                .update();
    }

    public Optional<OutboxMessage> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from linecare.communication_message where id = :id")
                .param("id", id)
                .query(OutboxRepository::map)
                .optional();
    }

    public List<OutboxMessage> findByCase(String caseReference) {
        return jdbc.sql("select " + COLUMNS + " from linecare.communication_message"
                        + " where case_reference = :caseReference order by created_at, id")
                .param("caseReference", caseReference)
                .query(OutboxRepository::map)
                .list();
    }

    /** Filtered, paged listing for the TMF681 API; null filters are ignored. */
    public List<OutboxMessage> search(MessageFilter filter, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from linecare.communication_message where " + filter.where()
                        + " order by created_at desc, id desc offset :offset limit :limit")
                .params(filter.parameters())
                .param("offset", offset)
                .param("limit", limit)
                .query(OutboxRepository::map)
                .list();
    }

    public long count(MessageFilter filter) {
        return jdbc.sql("select count(*) from linecare.communication_message where " + filter.where())
                .params(filter.parameters())
                .query(Long.class)
                .single();
    }

    private static OutboxMessage map(ResultSet row, int rowNumber) throws SQLException {
        return new OutboxMessage(
                row.getLong("id"),
                row.getString("idempotency_key"),
                row.getString("case_reference"),
                row.getLong("customer_id"),
                row.getString("customer_reference"),
                row.getString("message_type"),
                Channel.fromKey(row.getString("channel")),
                row.getString("locale"),
                row.getBoolean("urgent"),
                row.getString("receiver"),
                row.getString("subject"),
                row.getString("text_body"),
                row.getString("html_body"),
                MessageState.valueOf(row.getString("state")),
                row.getInt("attempts"),
                instant(row, "next_attempt_at"),
                row.getString("last_error"),
                row.getString("provider_message_id"),
                instant(row, "created_at"),
                instant(row, "sent_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
