package io.linecare.communication.outbox;

import java.time.Instant;

/** One message to one customer on one channel: a row of the outbox, which is also the history. */
public record OutboxMessage(
        long id,
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
        MessageState state,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        String providerMessageId,
        Instant createdAt,
        Instant sentAt) {
}
