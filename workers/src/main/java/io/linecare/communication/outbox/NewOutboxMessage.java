package io.linecare.communication.outbox;

import java.time.Instant;

/** A rendered message about to be written to the outbox; {@code notBefore} holds quiet hours. */
public record NewOutboxMessage(
        String idempotencyKey,
        String caseReference,
        long customerId,
        String customerReference,
        String messageType,
        Channel channel,
        String locale,
        boolean urgent,
        String receiver,
        String subject,
        String textBody,
        String htmlBody,
        Instant notBefore) {
}
