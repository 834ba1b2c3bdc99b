package io.linecare.communication.outbox;

/** What happened to one message of a batch: sent (with the provider's id) or failed. */
public record DeliveryOutcome(OutboxMessage message, String providerMessageId, Exception failure) {

    public static DeliveryOutcome sent(OutboxMessage message, String providerMessageId) {
        return new DeliveryOutcome(message, providerMessageId, null);
    }

    public static DeliveryOutcome failed(OutboxMessage message, Exception failure) {
        return new DeliveryOutcome(message, null, failure);
    }

    public boolean isSent() {
        return failure == null;
    }
}
