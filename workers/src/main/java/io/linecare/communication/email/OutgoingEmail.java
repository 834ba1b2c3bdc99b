package io.linecare.communication.email;

import java.util.Objects;

import io.linecare.communication.template.RenderedMessage;

/**
 * One email to a customer: recipient, the rendered parts and the outbox's idempotency key (from which the
 * Message-ID is derived, so a retried send carries the same Message-ID).
 */
public record OutgoingEmail(String to, String subject, String text, String html, String idempotencyKey) {

    public OutgoingEmail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    public static OutgoingEmail of(String to, RenderedMessage message, String idempotencyKey) {
        return new OutgoingEmail(to, message.emailSubject(), message.emailText(), message.emailHtml(), idempotencyKey);
    }

    @Override
    public String toString() {
        return "OutgoingEmail[idempotencyKey=" + idempotencyKey + "]";
    }
}
