package io.linecare.communication.channel;

import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import io.linecare.communication.email.EmailComposer;
import io.linecare.communication.email.OutgoingEmail;
import io.linecare.communication.outbox.Channel;
import io.linecare.communication.outbox.ChannelSender;
import io.linecare.communication.outbox.OutboxMessage;
import io.linecare.communication.outbox.UndeliverableMessageException;

/**
 * Sends outbox emails over SMTP. A message that cannot be built is undeliverable; a server that is
 * down or refuses the login now is a fault the dispatcher retries.
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
    public String send(OutboxMessage message) throws Exception {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No SMTP server configured (spring.mail.host)");
        }
        MimeMessage mime;
        try {
            mime = composer.compose(new OutgoingEmail(message.receiver(), message.subject(), message.textBody(),
                    message.htmlBody(), message.idempotencyKey()), sender);
        } catch (MailPreparationException | MailParseException e) {
            throw new UndeliverableMessageException("Email cannot be built: " + e.getMessage(), e);
        }
        try {
            sender.send(mime);
        } catch (MailAuthenticationException e) {
            throw new IllegalStateException("SMTP login refused", e);
        }
        return mime.getMessageID();
    }
}
