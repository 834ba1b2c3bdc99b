package io.linecare.communication.sms;

import java.util.List;
import java.util.Optional;

/**
 * Where {@link RecordingSmsGateway} keeps the messages it would have sent. The JDBC implementation (a table in the
 * linecare schema, unique on the idempotency key) comes with the outbox; tests use an in-memory one.
 */
public interface SentSmsLog {

    /** Stores the message; implementations keep one entry per idempotency key. */
    void record(SentSms sms);

    Optional<SentSms> findByIdempotencyKey(String idempotencyKey);

    /** Messages sent to one number, oldest first. */
    List<SentSms> findByRecipient(String to);
}
