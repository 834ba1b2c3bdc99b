package io.linecare.communication.outbox;

import java.util.List;

/** Delivers outbox messages on one channel. */
public interface ChannelSender {

    Channel channel();

    /**
     * Sends a batch (one SMTP connection for many emails is twenty times faster than one each) and
     * reports one outcome per message: a provider id, an {@link UndeliverableMessageException} when
     * retrying cannot help (bad address, refused content), or any other exception, which is retried.
     */
    List<DeliveryOutcome> send(List<OutboxMessage> messages);
}
