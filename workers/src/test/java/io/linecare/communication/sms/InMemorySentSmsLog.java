package io.linecare.communication.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test-only {@link SentSmsLog}: the application keeps sent SMS in a table (with the outbox). */
public class InMemorySentSmsLog implements SentSmsLog {

    private final List<SentSms> sent = new ArrayList<>();

    @Override
    public synchronized void record(SentSms sms) {
        if (findByIdempotencyKey(sms.idempotencyKey()).isEmpty()) {
            sent.add(sms);
        }
    }

    @Override
    public synchronized Optional<SentSms> findByIdempotencyKey(String idempotencyKey) {
        return sent.stream().filter(s -> s.idempotencyKey().equals(idempotencyKey)).findFirst();
    }

    @Override
    public synchronized List<SentSms> findByRecipient(String to) {
        return sent.stream().filter(s -> s.to().equals(to)).toList();
    }

    public synchronized List<SentSms> all() {
        return List.copyOf(sent);
    }
}
