package io.linecare.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.communication.outbox.MessageRequest;
import io.linecare.communication.outbox.OutboxService;
import io.linecare.customer.Customer;
import io.linecare.customer.CustomerDirectory;
import io.linecare.support.Http;
import io.linecare.support.LinecareIntegrationTest;
import io.linecare.support.Mailbox;

/** Customer communications end to end: outbox → dispatcher → a real SMTP server (GreenMail). */
class CommunicationIT extends LinecareIntegrationTest {

    @Autowired
    OutboxService outbox;

    @Autowired
    GreenMail smtp;

    private Mailbox mailbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    CustomerDirectory customers;

    private long customerId;
    private String customerReference;
    private String email;

    @BeforeEach
    void anEmailCustomer() {
        mailbox = new Mailbox(smtp);
        Map<String, Object> row = jdbc.sql("""
                select id, reference, email from linecare.customer
                 where channel_preference = 'email' and locale = 'en' order by id limit 1""")
                .query().singleRow();
        customerId = ((Number) row.get("id")).longValue();
        customerReference = (String) row.get("reference");
        email = (String) row.get("email");
    }

    @Test
    void aMessageArrivesOnceWithSubjectReferenceAndPromise() throws Exception {
        String reference = newReference();

        int written = outbox.enqueue(acknowledgement(reference));

        assertThat(written).isEqualTo(1);
        MimeMessage mail = mailbox.awaitMails(reference, 1).get(0);
        assertThat(mail.getSubject()).contains(reference);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(Mailbox.textPart(mail)).contains(reference).contains("/status/");
        assertThat(mail.getMessageID()).endsWith("@linecare.local>");
    }

    @Test
    void aRepeatedRequestSendsNothingNew() throws Exception {
        String reference = newReference();

        outbox.enqueue(acknowledgement(reference));
        int second = outbox.enqueue(acknowledgement(reference));

        assertThat(second).isZero();
        mailbox.awaitMails(reference, 1);
        Thread.sleep(1500); // two more dispatcher rounds
        assertThat(mailbox.mailsFor(reference)).hasSize(1);
    }

    @Test
    void mailWaitsWhileSmtpIsDownAndGoesOutExactlyOnceWhenItReturns() throws Exception {
        String reference = newReference();
        smtp.stop();
        try {
            outbox.enqueue(acknowledgement(reference));
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                    select count(*) from linecare.communication_message
                     where case_reference = ? and attempts >= 1 and last_error is not null and state = 'inProgress'""")
                    .param(reference).query(Long.class).single() == 1);
        } finally {
            smtp.start();
        }

        mailbox.awaitMails(reference, 1);
        Thread.sleep(1500);
        assertThat(mailbox.mailsFor(reference)).hasSize(1);
        assertThat(jdbc.sql("select state from linecare.communication_message where case_reference = ?")
                .param(reference).query(String.class).single()).isEqualTo("completed");
    }

    @Test
    void htmlInACustomersNameArrivesEscaped() throws Exception {
        String reference = newReference();
        String original = jdbc.sql("select full_name from linecare.customer where id = ?").param(customerId)
                .query(String.class).single();
        jdbc.sql("update linecare.customer set full_name = ? where id = ?")
                .params("Li <script>alert(1)</script>", customerId).update();
        try {
            outbox.enqueue(acknowledgement(reference));
        } finally {
            jdbc.sql("update linecare.customer set full_name = ? where id = ?").params(original, customerId).update();
        }

        MimeMessage mail = mailbox.awaitMails(reference, 1).get(0);
        assertThat(Mailbox.htmlPart(mail)).contains("Li &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void theSendMessageTaskQueuesOnceEvenWhenTheProcessAsksTwice() throws Exception {
        deploy("communication/send-message-demo.bpmn");
        String reference = newReference();

        String instanceId = runtimeService.startProcessInstanceByKey("send-message-demo", reference,
                Map.of("customerId", customerId, "promisedAt", "2026-12-01T10:00:00+08:00")).getId();

        await().atMost(Duration.ofSeconds(30)).until(() -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId).finished().count() == 1);
        mailbox.awaitMails(reference, 1);
        Thread.sleep(1500);
        assertThat(mailbox.mailsFor(reference)).hasSize(1);
        assertThat(Mailbox.textPart(mailbox.mailsFor(reference).get(0))).contains("Tue 1 Dec 2026, 10:00");
    }

    @Test
    void aMissingTemplateValueBecomesAReadableIncidentAndNothingIsQueued() {
        deploy("communication/send-message-demo.bpmn");
        String reference = newReference();

        String instanceId = runtimeService.startProcessInstanceByKey("send-message-demo", reference,
                Map.of("customerId", customerId)).getId();

        await().atMost(Duration.ofSeconds(30)).until(() -> runtimeService.createIncidentQuery()
                .processInstanceId(instanceId).count() == 1);
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(instanceId).singleResult();
        assertThat(incident.getIncidentMessage()).contains("email/ticket-acknowledged.en.vm").contains("promisedAt");
        assertThat(jdbc.sql("select count(*) from linecare.communication_message where case_reference = ?")
                .param(reference).query(Long.class).single()).isZero();
    }

    @Test
    void messagesAreListedInTmf681Shape() {
        String reference = newReference();
        outbox.enqueue(acknowledgement(reference));

        ResponseEntity<List> listed = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).get()
                .uri("/tmf-api/communicationManagement/v4/communicationMessage?relatedParty.id={id}&caseReference={ref}",
                        customerReference, reference)
                .retrieve().toEntity(List.class);
        ResponseEntity<Map> badState = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).get()
                .uri("/tmf-api/communicationManagement/v4/communicationMessage?state=sent")
                .retrieve().toEntity(Map.class);

        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(listed.getHeaders().getFirst("X-Total-Count")).isEqualTo("1");
        Map<?, ?> message = (Map<?, ?>) listed.getBody().get(0);
        assertThat(message.get("@type")).isEqualTo("CommunicationMessage");
        assertThat((String) message.get("href")).startsWith("/tmf-api/communicationManagement/v4/communicationMessage/");
        assertThat(message.get("messageType")).isEqualTo("email");
        assertThat(badState.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badState.getBody()).containsKeys("code", "reason", "message");
    }

    @Test
    void aNonUrgentSmsWaitsForTheEndOfQuietHoursAndAnUrgentOneDoesNot() {
        Customer customer = customers.findById(jdbc.sql("""
                select id from linecare.customer
                 where channel_preference = 'sms' and quiet_hours_start is not null order by id limit 1""")
                .query(Long.class).single()).orElseThrow();
        String quiet = newReference();
        String urgent = newReference();
        Instant before = Instant.now();

        outbox.enqueue(new MessageRequest(quiet, customer.id(), "ticket-acknowledged", "intake",
                Map.of("promisedAt", Instant.parse("2026-12-01T02:00:00Z")), false));
        outbox.enqueue(new MessageRequest(urgent, customer.id(), "outage-notice", "first",
                Map.of("promisedAt", Instant.parse("2026-12-01T02:00:00Z"), "areaName", "西湖区"), true));

        Instant expected = customer.quietHours().earliestDelivery(before, customer.timeZone());
        Instant quietDue = jdbc.sql("select next_attempt_at from linecare.communication_message where case_reference = ?")
                .param(quiet).query(java.sql.Timestamp.class).single().toInstant();
        Instant urgentDue = jdbc.sql("select created_at from linecare.communication_message where case_reference = ?")
                .param(urgent).query(java.sql.Timestamp.class).single().toInstant();
        // the row is written within a second of 'before'; outside quiet hours both are due at once
        assertThat(quietDue).isBetween(expected.minusSeconds(1), expected.plusSeconds(2));
        assertThat(urgentDue).isBefore(Instant.now().plusSeconds(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select state from linecare.communication_message where case_reference = ?")
                .param(urgent).query(String.class).single().equals("completed"));
    }

    @Test
    void administratorsSeeWhatCustomersReceivedOnTheDevMailbox() {
        String reference = newReference();
        outbox.enqueue(acknowledgement(reference));
        mailbox.awaitMails(reference, 1);

        ResponseEntity<String> admin = Http.as(baseUrl(), "demo-admin", DEMO_PASSWORD).get().uri("/dev/mail")
                .retrieve().toEntity(String.class);
        ResponseEntity<String> anonymous = Http.anonymous(baseUrl()).get().uri("/dev/mail")
                .retrieve().toEntity(String.class);

        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getBody()).contains(reference);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private MessageRequest acknowledgement(String reference) {
        return new MessageRequest(reference, customerId, "ticket-acknowledged", "intake",
                Map.of("promisedAt", Instant.parse("2026-12-01T02:00:00Z")), false);
    }

    private void deploy(String resource) {
        repositoryService.createDeployment().addClasspathResource(resource).enableDuplicateFiltering(true)
                .name("communication-it").deploy();
    }

    private static String newReference() {
        return "FR-2026-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
