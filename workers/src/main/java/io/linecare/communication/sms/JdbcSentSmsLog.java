package io.linecare.communication.sms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recording gateway's log in table {@code linecare.sms_log}; a repeated key records nothing new. */
@Repository
public class JdbcSentSmsLog implements SentSmsLog {

    private final JdbcClient jdbc;
    private final SmsSegmenter segmenter = new SmsSegmenter();

    public JdbcSentSmsLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(SentSms sms) {
        jdbc.sql("""
                insert into linecare.sms_log (provider_message_id, idempotency_key, receiver, text_body, parts, recorded_at)
                values (:providerId, :key, :to, :text, :parts, :recordedAt)
                on conflict (idempotency_key) do nothing""")
                .param("providerId", sms.providerMessageId())
                .param("key", sms.idempotencyKey())
                .param("to", sms.to())
                .param("text", sms.text())
                .param("parts", segmenter.segmentCount(sms.text()))
                .param("recordedAt", Timestamp.from(sms.recordedAt()))
                .update();
    }

    @Override
    public Optional<SentSms> findByIdempotencyKey(String idempotencyKey) {
        return jdbc.sql("select * from linecare.sms_log where idempotency_key = :key")
                .param("key", idempotencyKey)
                .query(JdbcSentSmsLog::map)
                .optional();
    }

    @Override
    public List<SentSms> findByRecipient(String to) {
        return jdbc.sql("select * from linecare.sms_log where receiver = :to order by recorded_at, id")
                .param("to", to)
                .query(JdbcSentSmsLog::map)
                .list();
    }

    /** The newest recorded messages, for the developers' mailbox page. */
    public List<SentSms> latest(int limit) {
        return jdbc.sql("select * from linecare.sms_log order by recorded_at desc, id desc limit :limit")
                .param("limit", limit)
                .query(JdbcSentSmsLog::map)
                .list();
    }

    private static SentSms map(ResultSet row, int rowNumber) throws SQLException {
        return new SentSms(row.getString("provider_message_id"), row.getString("receiver"), row.getString("text_body"),
                row.getString("idempotency_key"), row.getTimestamp("recorded_at").toInstant());
    }
}
