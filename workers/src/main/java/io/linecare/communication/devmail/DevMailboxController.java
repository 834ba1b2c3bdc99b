package io.linecare.communication.devmail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.linecare.communication.sms.JdbcSentSmsLog;

/**
 * /dev/mail (administrators only, default run only): what customers received from the embedded SMTP
 * server and the recording SMS gateway, newest first, so a newcomer sees the messages a case sends.
 */
@Controller
@ConditionalOnProperty(name = "linecare.mail.embedded.enabled", havingValue = "true")
public class DevMailboxController {

    private static final int LIMIT = 100;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    public record MailView(String time, String to, String subject, String messageId, String text) {
    }

    public record SmsView(String time, String to, String text) {
    }

    private final GreenMail mailServer;
    private final JdbcSentSmsLog smsLog;

    public DevMailboxController(GreenMail mailServer, JdbcSentSmsLog smsLog) {
        this.mailServer = mailServer;
        this.smsLog = smsLog;
    }

    @GetMapping("/dev/mail")
    public String mailbox(Model model) throws Exception {
        List<MimeMessage> received = new ArrayList<>(Arrays.asList(mailServer.getReceivedMessages()));
        received.sort(Comparator.comparing(DevMailboxController::sentAt).reversed());
        List<MailView> mails = new ArrayList<>();
        for (MimeMessage message : received.subList(0, Math.min(LIMIT, received.size()))) {
            mails.add(new MailView(TIME.format(sentAt(message)), String.join(", ", recipients(message)),
                    message.getSubject(), message.getMessageID(), textOf(message)));
        }
        model.addAttribute("mails", mails);
        model.addAttribute("sms", smsLog.latest(LIMIT).stream()
                .map(sms -> new SmsView(TIME.format(sms.recordedAt()), sms.to(), sms.text())).toList());
        return "dev/mail";
    }

    private static Instant sentAt(MimeMessage message) {
        try {
            return message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant();
        } catch (MessagingException e) {
            return Instant.EPOCH;
        }
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        return message.getAllRecipients() == null ? List.of()
                : Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
    }

    private static String textOf(Object content) throws Exception {
        if (content instanceof MimeMessage message) {
            return textOf(message.getContent());
        }
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String text = part.isMimeType("text/plain") ? (String) part.getContent() : textOf(part.getContent());
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
