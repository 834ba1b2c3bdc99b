package io.linecare.communication.outbox;

/** Delivers one outbox message on its channel and returns the provider's message id. */
public interface ChannelSender {

    Channel channel();

    /**
     * @throws UndeliverableMessageException when retrying cannot help (bad address, refused content)
     * @throws Exception                     any other fault, retried with backoff
     */
    String send(OutboxMessage message) throws Exception;
}
