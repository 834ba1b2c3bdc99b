package io.linecare.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/** The mails a test's SMTP server (GreenMail) received about one case: its reference is in every subject. */
public final class Mailbox {

    private final GreenMail smtp;

    public Mailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    public List<MimeMessage> mailsFor(String reference) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return mail.getSubject() != null && mail.getSubject().contains(reference);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** Waits up to 30 s until at least {@code count} mails about the case arrived; returns all of them. */
    public List<MimeMessage> awaitMails(String reference, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsFor(reference).size() >= count);
        return mailsFor(reference);
    }

    public static String textPart(Message mail) throws Exception {
        return part(mail, "text/plain");
    }

    public static String htmlPart(Message mail) throws Exception {
        return part(mail, "text/html");
    }

    private static String part(Object content, String mimeType) throws Exception {
        if (content instanceof Message message) {
            return part(message.getContent(), mimeType);
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart bodyPart = multipart.getBodyPart(i);
                if (bodyPart.isMimeType(mimeType)) {
                    return (String) bodyPart.getContent();
                }
                String nested = part(bodyPart.getContent(), mimeType);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
