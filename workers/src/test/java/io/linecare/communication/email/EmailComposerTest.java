package io.linecare.communication.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import io.linecare.communication.MessageType;
import io.linecare.communication.template.MessageRenderer;
import io.linecare.communication.template.RenderedMessage;
import io.linecare.communication.template.SafeTemplateEngine;
import io.linecare.communication.template.SampleModels;

/** Composes with the real templates and sends through a real SMTP server (GreenMail on a free port). */
class EmailComposerTest {

    private static final String KEY = "FR-2026-000123:Task_NotifyAcknowledged:ticket-acknowledged";

    private GreenMail greenMail;
    private JavaMailSenderImpl mailSender;
    private final EmailProperties properties = new EmailProperties("care@linecare.example", "Linecare 客户服务",
            "support@linecare.example", "mail.linecare.example");
    private final EmailComposer composer = new EmailComposer(properties);

    @BeforeEach
    void startSmtp() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        mailSender = new JavaMailSenderImpl();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(greenMail.getSmtp().getPort());
    }

    @AfterEach
    void stopSmtp() {
        greenMail.stop();
    }

    @Test
    void messageIdIsDerivedFromTheIdempotencyKey() {
        String id = composer.messageIdFor(KEY);

        assertThat(id).matches("<[0-9a-f]{64}@mail\\.linecare\\.example>");
        assertThat(composer.messageIdFor(KEY)).isEqualTo(id);
        assertThat(composer.messageIdFor(KEY + "x")).isNotEqualTo(id);
    }

    @Test
    void messageIdSurvivesSavingAndWriting() throws Exception {
        MimeMessage message = composer.compose(email(), mailSender);

        message.saveChanges();
        message.writeTo(new ByteArrayOutputStream());

        assertThat(message.getMessageID()).isEqualTo(composer.messageIdFor(KEY));
    }

    @Test
    void sentMailArrivesWithMessageIdSubjectBothPartsAndUtf8Chinese() throws Exception {
        mailSender.send(composer.compose(email(), mailSender));

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo(composer.messageIdFor(KEY));
        assertThat(received.getSubject()).isEqualTo("已收到您的报障，工单号 FR-2026-000123");
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("care@linecare.example");
        assertThat(from.getPersonal()).isEqualTo("Linecare 客户服务");
        assertThat(((InternetAddress) received.getReplyTo()[0]).getAddress()).isEqualTo("support@linecare.example");
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("zhang.wei@example.cn");
        assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");

        List<Part> leaves = new ArrayList<>();
        collectLeaves(received, leaves);
        Part text = leaves.stream().filter(p -> isType(p, "text/plain")).findFirst().orElseThrow();
        Part html = leaves.stream().filter(p -> isType(p, "text/html")).findFirst().orElseThrow();
        assertThat(text.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(html.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) text.getContent()).contains("Zhang Wei，您好：").contains("2026年3月5日（周四）14:00")
                .contains(SampleModels.STATUS_URL).doesNotContain("<p>");
        assertThat((String) html.getContent()).contains("<p>Zhang Wei，您好：</p>").contains("2026年3月5日（周四）14:00")
                .contains("href=\"" + SampleModels.STATUS_URL + "\"");
        assertThat(findAlternative(received)).as("text and HTML are alternatives").isTrue();
    }

    @Test
    void withoutFromNameOrReplyToOnlyTheAddressIsUsed() throws Exception {
        EmailComposer plain = new EmailComposer(new EmailProperties("care@linecare.example", "", null, null));

        MimeMessage message = plain.compose(email(), mailSender);

        assertThat(message.getFrom()[0].toString()).isEqualTo("care@linecare.example");
        assertThat(message.getReplyTo()[0].toString()).isEqualTo("care@linecare.example");
        assertThat(message.getMessageID()).endsWith("@linecare.local>");
    }

    private static OutgoingEmail email() {
        RenderedMessage rendered = new MessageRenderer(new SafeTemplateEngine()).render(MessageType.TICKET_ACKNOWLEDGED,
                MessageRenderer.ZH_CN, SampleModels.model(MessageType.TICKET_ACKNOWLEDGED, MessageRenderer.ZH_CN));
        return OutgoingEmail.of("zhang.wei@example.cn", rendered, KEY);
    }

    private static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collectLeaves(Part part, List<Part> leaves) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collectLeaves(multipart.getBodyPart(i), leaves);
            }
        } else {
            leaves.add(part);
        }
    }

    private static boolean findAlternative(Part part) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            if (part.isMimeType("multipart/alternative")) {
                return true;
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (findAlternative(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
