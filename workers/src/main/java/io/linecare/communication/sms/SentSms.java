package io.linecare.communication.sms;

import java.time.Instant;

/** An SMS the recording gateway "sent": kept so the default run and tests can show what a customer would get. */
public record SentSms(String providerMessageId, String to, String text, String idempotencyKey, Instant recordedAt) {

    @Override
    public String toString() {
        return "SentSms[providerMessageId=" + providerMessageId + ", idempotencyKey=" + idempotencyKey + "]";
    }
}
