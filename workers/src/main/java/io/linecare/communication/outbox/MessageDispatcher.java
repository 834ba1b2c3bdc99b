package io.linecare.communication.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/**
 * Sends what the outbox holds. At-least-once: the attempt is counted and the message leased before
 * sending; if the node dies after the channel accepted the message but before it is marked
 * completed, the lease runs out and the message is sent again — with the same Message-ID, so the
 * duplicate is recognisable. Logs carry case reference and message type, never an address.
 */
@Component
@ConditionalOnRole(Role.WORKERS)
public class MessageDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);

    private final OutboxRepository outbox;
    private final DispatchProperties properties;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final Clock clock;

    public MessageDispatcher(OutboxRepository outbox, DispatchProperties properties, List<ChannelSender> senders,
                             Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
    }

    @Scheduled(fixedDelayString = "${linecare.communication.dispatch.interval:PT1S}")
    public void dispatchOnSchedule() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            // the database may be briefly unreachable; the next round tries again
            log.warn("Outbox round failed: {}", e.toString());
        }
    }

    /** Sends every due message, batch by batch; returns how many were attempted. */
    public int dispatchDue() {
        int attempted = 0;
        List<OutboxMessage> batch;
        do {
            batch = outbox.claimDue(properties.batchSize(), properties.lease());
            Map<Channel, List<OutboxMessage>> byChannel = new EnumMap<>(Channel.class);
            batch.forEach(message -> byChannel.computeIfAbsent(message.channel(), c -> new ArrayList<>()).add(message));
            byChannel.forEach(this::send);
            attempted += batch.size();
        } while (batch.size() == properties.batchSize());
        return attempted;
    }

    private void send(Channel channel, List<OutboxMessage> messages) {
        ChannelSender sender = senders.get(channel);
        List<DeliveryOutcome> outcomes = sender == null
                ? messages.stream().map(m -> DeliveryOutcome.failed(m,
                        new UndeliverableMessageException("No sender for channel " + channel, null))).toList()
                : sender.send(messages);
        Map<Long, String> sent = new LinkedHashMap<>();
        for (DeliveryOutcome outcome : outcomes) {
            OutboxMessage message = outcome.message();
            if (outcome.isSent()) {
                sent.put(message.id(), outcome.providerMessageId());
                log.info("Sent {} {} for {} (message {}, attempt {})", message.channel().key(), message.messageType(),
                        message.caseReference(), message.id(), message.attempts());
            } else {
                recordFailure(outcome);
            }
        }
        outbox.markCompleted(sent);
    }

    private void recordFailure(DeliveryOutcome outcome) {
        OutboxMessage message = outcome.message();
        if (outcome.failure() instanceof UndeliverableMessageException undeliverable) {
            outbox.markFailed(message.id(), undeliverable.getMessage());
            log.warn("Gave up {} {} for {} (message {}): {}", message.channel().key(), message.messageType(),
                    message.caseReference(), message.id(), undeliverable.getMessage());
        } else {
            retryOrFail(message, outcome.failure());
        }
    }

    private void retryOrFail(OutboxMessage message, Exception fault) {
        String error = fault.getClass().getSimpleName() + ": " + fault.getMessage();
        if (message.attempts() >= properties.maxAttempts()) {
            outbox.markFailed(message.id(), error);
            log.warn("Gave up {} {} for {} after {} attempts (message {}): {}", message.channel().key(),
                    message.messageType(), message.caseReference(), message.attempts(), message.id(), error);
            return;
        }
        Instant next = clock.instant().plus(properties.backoffAfter(message.attempts()));
        outbox.scheduleRetry(message.id(), error, next);
        log.info("Will retry {} {} for {} at {} (message {}, attempt {}): {}", message.channel().key(),
                message.messageType(), message.caseReference(), next, message.id(), message.attempts(), error);
    }
}
