package io.linecare.communication.sms;

import java.util.Objects;

/**
 * One SMS to send.
 *
 * @param to the customer's number in E.164 form, e.g. {@code +8613800138000}
 * @param text the final text (already fitted by {@link SmsTextPolicy})
 * @param idempotencyKey the outbox's key for this message; a gateway passes it on so a retry is not sent twice
 */
public record SmsRequest(String to, String text, String idempotencyKey) {

    public SmsRequest {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (to.isBlank() || text.isBlank() || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("to, text and idempotencyKey must not be blank");
        }
    }

    @Override
    public String toString() {
        // no personal data (number, text) in logs
        return "SmsRequest[idempotencyKey=" + idempotencyKey + ", length=" + text.length() + "]";
    }
}
