package io.linecare.communication.channel;

import java.util.List;

import org.springframework.stereotype.Component;

import io.linecare.communication.outbox.Channel;
import io.linecare.communication.outbox.ChannelSender;
import io.linecare.communication.outbox.DeliveryOutcome;
import io.linecare.communication.outbox.OutboxMessage;
import io.linecare.communication.outbox.UndeliverableMessageException;
import io.linecare.communication.sms.SmsGateway;
import io.linecare.communication.sms.SmsRejectedException;
import io.linecare.communication.sms.SmsRequest;

/** Sends outbox SMS one by one through the configured gateway; a rejected message is not retried. */
@Component
public class SmsChannelSender implements ChannelSender {

    private final SmsGateway gateway;

    public SmsChannelSender(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public List<DeliveryOutcome> send(List<OutboxMessage> messages) {
        return messages.stream().map(this::sendOne).toList();
    }

    private DeliveryOutcome sendOne(OutboxMessage message) {
        try {
            return DeliveryOutcome.sent(message, gateway.send(
                    new SmsRequest(message.receiver(), message.textBody(), message.idempotencyKey())).providerMessageId());
        } catch (SmsRejectedException e) {
            return DeliveryOutcome.failed(message,
                    new UndeliverableMessageException("SMS rejected by the provider (status " + e.status() + ")", e));
        } catch (RuntimeException e) {
            return DeliveryOutcome.failed(message, e);
        }
    }
}
