package io.linecare.communication.channel;

import org.springframework.stereotype.Component;

import io.linecare.communication.outbox.Channel;
import io.linecare.communication.outbox.ChannelSender;
import io.linecare.communication.outbox.OutboxMessage;
import io.linecare.communication.outbox.UndeliverableMessageException;
import io.linecare.communication.sms.SmsGateway;
import io.linecare.communication.sms.SmsRejectedException;
import io.linecare.communication.sms.SmsRequest;

/** Sends outbox SMS through the configured gateway; a rejected message is not retried. */
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
    public String send(OutboxMessage message) {
        try {
            return gateway.send(new SmsRequest(message.receiver(), message.textBody(), message.idempotencyKey()))
                    .providerMessageId();
        } catch (SmsRejectedException e) {
            throw new UndeliverableMessageException("SMS rejected by the provider (status " + e.status() + ")", e);
        }
    }
}
