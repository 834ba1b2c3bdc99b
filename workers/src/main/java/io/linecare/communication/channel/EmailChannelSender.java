package io.linecare.communication.channel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import io.linecare.communication.email.EmailComposer;
import io.linecare.communication.email.OutgoingEmail;
import io.linecare.communication.outbox.Channel;
import io.linecare.communication.outbox.ChannelSender;
import io.linecare.communication.outbox.DeliveryOutcome;
import io.linecare.communication.outbox.OutboxMessage;
import io.linecare.communication.outbox.UndeliverableMessageException;

/**
 * Sends outbox emails over SMTP, a whole batch over one connection. A message that cannot be built
 * is undeliverable; a server that is down, or refuses a message now, is a fault the dispatcher retries.
 */
@Component
public class EmailChannelSender implements ChannelSender {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final EmailComposer composer;

    public EmailChannelSender(ObjectProvider<JavaMailSender> mailSender, EmailComposer composer) {
        this.mailSender = mailSender;
        this.composer = composer;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public List<DeliveryOutcome> send(List<OutboxMessage> messages) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            IllegalStateException missing = new IllegalStateException("No SMTP server configured (spring.mail.host)");
            return messages.stream().map(message -> DeliveryOutcome.failed(message, missing)).toList();
        }
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        Map<MimeMessage, OutboxMessage> composed = new LinkedHashMap<>();
        for (OutboxMessage message : messages) {
            try {
                composed.put(composer.compose(new OutgoingEmail(message.receiver(), message.subject(),
                        message.textBody(), message.htmlBody(), message.idempotencyKey()), sender), message);
            } catch (MailPreparationException | IllegalArgumentException e) {
                outcomes.add(DeliveryOutcome.failed(message,
                        new UndeliverableMessageException("Email cannot be built: " + e.getMessage(), e)));
            }
        }
        if (composed.isEmpty()) {
            return outcomes;
        }
        Map<Object, Exception> failed = Map.of();
        try {
            sender.send(composed.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failed = e.getFailedMessages().isEmpty() ? allFailed(composed, e) : e.getFailedMessages();
        } catch (MailException e) {
            failed = allFailed(composed, e);
        }
        for (Map.Entry<MimeMessage, OutboxMessage> entry : composed.entrySet()) {
            Exception failure = failed.get(entry.getKey());
            outcomes.add(failure == null ? DeliveryOutcome.sent(entry.getValue(), messageId(entry.getKey()))
                    : DeliveryOutcome.failed(entry.getValue(), failure));
        }
        return outcomes;
    }

    private static Map<Object, Exception> allFailed(Map<MimeMessage, OutboxMessage> composed, Exception failure) {
        Map<Object, Exception> failed = new LinkedHashMap<>();
        composed.keySet().forEach(message -> failed.put(message, failure));
        return failed;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            return null;
        }
    }
}
