package io.linecare.communication.email;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Builds the MimeMessage of a customer email: From (with name) and Reply-To from {@link EmailProperties},
 * UTF-8 subject and body, a multipart with text and HTML alternatives, {@code Auto-Submitted: auto-generated}
 * (RFC 3834, keeps auto-responders from answering), and a Message-ID derived from the idempotency key:
 * {@code <sha256-hex(key)@messageIdDomain>}, so a retry sends the same Message-ID. Sending is the caller's:
 * {@code mailSender.send(composer.compose(email, mailSender))}.
 */
@Component
public class EmailComposer {

    private final EmailProperties properties;

    public EmailComposer(EmailProperties properties) {
        this.properties = properties;
    }

    /** Composes in the mail session of {@code mailSender} (its {@link JavaMailSender#createMimeMessage()}). */
    public MimeMessage compose(OutgoingEmail email, JavaMailSender mailSender) {
        return compose(email, mailSender.createMimeMessage().getSession());
    }

    public MimeMessage compose(OutgoingEmail email, Session session) {
        MimeMessage message = new FixedIdMimeMessage(session, messageIdFor(email.idempotencyKey()));
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    StandardCharsets.UTF_8.name());
            if (properties.fromName() == null || properties.fromName().isBlank()) {
                helper.setFrom(properties.from());
            } else {
                helper.setFrom(properties.from(), properties.fromName());
            }
            if (properties.replyTo() != null && !properties.replyTo().isBlank()) {
                helper.setReplyTo(properties.replyTo());
            }
            helper.setTo(email.to());
            helper.setSubject(email.subject());
            helper.setText(email.text(), email.html());
            message.setHeader("Auto-Submitted", "auto-generated");
            message.saveChanges();
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Could not compose email " + email.idempotencyKey() + ": " + e.getMessage(), e);
        }
        return message;
    }

    /** {@code <sha256-hex(idempotencyKey)@messageIdDomain>}: the same key always gives the same Message-ID. */
    public String messageIdFor(String idempotencyKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash) + "@" + properties.messageIdDomain() + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
