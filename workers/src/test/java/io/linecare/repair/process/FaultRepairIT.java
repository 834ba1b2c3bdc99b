package io.linecare.repair.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;

import io.linecare.communication.status.StatusLinks;
import io.linecare.communication.template.LocalizedFormats;
import io.linecare.support.Http;
import io.linecare.support.LinecareIntegrationTest;
import io.linecare.support.Mailbox;

/**
 * Fault repair end to end: the TMF621 API opens the ticket, the real workers run every step on
 * PostgreSQL, mails arrive at a real SMTP server, the customer answers on the status page. Timers
 * are fired by running their job (the promise and the 72 h wait are far away in real time).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultRepairIT extends LinecareIntegrationTest {

    private static final String API = "/tmf-api/troubleTicket/v4/troubleTicket";
    private static final Duration STEP = Duration.ofSeconds(30);

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GreenMail smtp;
    @Autowired
    StatusLinks links;

    private final ObjectMapper json = new ObjectMapper();
    private final RestClient browser = RestClient.builder()
            .baseUrl(baseUrl())
            .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER).build()))
            .defaultHeader(HttpHeaders.ACCEPT, "text/html")
            .defaultStatusHandler(status -> true, (request, response) -> { })
            .build();
    private Mailbox mailbox;

    private final List<Map<String, Object>> changedCustomers = new ArrayList<>();

    @BeforeAll
    void mailbox() {
        mailbox = new Mailbox(smtp);
    }

    @AfterAll
    void restoreTheCustomersContactSettings() {
        for (Map<String, Object> customer : changedCustomers) {
            jdbc.sql("update linecare.customer set channel_preference = ?, quiet_hours_start = ?, quiet_hours_end = ?,"
                            + " locale = ? where reference = ?")
                    .params(customer.get("channel_preference"), customer.get("quiet_hours_start"),
                            customer.get("quiet_hours_end"), customer.get("locale"), customer.get("reference"))
                    .update();
        }
    }

    /**
     * The demo data gives customers SMS-only preferences and quiet hours; these tests read the mail now.
     * Other tests share the database, so the old settings are put back after the class.
     */
    private void readsEmailAtAnyHour(String customerReference) {
        changedCustomers.add(jdbc.sql("select reference, channel_preference, quiet_hours_start, quiet_hours_end, locale"
                + " from linecare.customer where reference = ?").param(customerReference).query().singleRow());
        jdbc.sql("update linecare.customer set channel_preference = 'email', quiet_hours_start = null,"
                + " quiet_hours_end = null, locale = 'en' where reference = ?").param(customerReference).update();
    }

    @Test
    void aRemotelyFixableFaultIsFixedConfirmedOnTheStatusPageAndClosed() throws Exception {
        String id = openTicket("CU-000001");

        List<MimeMessage> mails = mailbox.awaitMails(id, 2);
        MimeMessage acknowledgment = mails.stream().filter(m -> subject(m).contains("report")).findFirst().orElseThrow();
        Date promisedAt = (Date) historicVariable(id, "promisedAt");
        String promise = new LocalizedFormats(Locale.ENGLISH, LocalizedFormats.DEFAULT_ZONE).dateTime(promisedAt.toInstant());
        assertThat(Mailbox.textPart(acknowledgment)).contains(id, promise, "/status/");
        awaitWaitingFor(id, "Msg_FixConfirmed");
        assertThat(mails.stream().map(FaultRepairIT::subject)).anyMatch(s -> s.toLowerCase().contains("fixed"));

        ResponseEntity<String> answer = browser.post().uri(statusPath(id) + "/actions/Msg_FixConfirmed")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form("outcome", "worked", "score", "5", "comment", "Quick, thanks", "lang", "en"))
                .retrieve().toEntity(String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);

        awaitEnded(id);
        Map<String, Object> ticket = getTicket(id);
        assertThat(ticket.get("status")).isEqualTo("closed");
        // the API shows the promise, not the confirm-by time the last message carried as its promisedAt
        assertThat(java.time.OffsetDateTime.parse((String) ticket.get("expectedResolutionDate")).toInstant())
                .isEqualTo(promisedAt.toInstant());
        assertThat(statusHistory(ticket)).containsSubsequence("acknowledged", "inProgress", "resolved", "closed");
        assertThat(jdbc.sql("select resolution || ' ' || satisfaction_score || ' ' || closed_automatically"
                + " from linecare.trouble_ticket where id = ?").param(id).query(String.class).single())
                .isEqualTo("remote 5 false");
    }

    @Test
    void anAgentRecordsTheCustomersAnswerAndNotFixedAfterARemoteFixBringsATechnician() throws Exception {
        String id = openTicket(remotelyFixableCustomer());
        RestClient agent = Http.as(baseUrl(), "liu.yang", DEMO_PASSWORD);
        awaitWaitingFor(id, "Msg_FixConfirmed");

        agent.patch().uri(API + "/" + id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", "inProgress", "note", List.of(Map.of("text", "Customer: still no internet"))))
                .retrieve().toBodilessEntity();

        // diagnosed again: the line tests ok from our side now, so the fault is in the home: a visit is offered
        awaitWaitingFor(id, "Msg_SlotPicked");
        assertThat(runtimeService.getVariable(instance(id).getId(), "reopenCount")).isEqualTo(1);
        assertThat(statusHistory(getTicket(id))).containsSubsequence("resolved", "inProgress", "pending");
        assertThat(jdbc.sql("select reopen_count from linecare.trouble_ticket where id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        ResponseEntity<Map> notResolved = agent.patch().uri(API + "/" + id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", "closed")).retrieve().onStatus(status -> true, (request, response) -> { })
                .toEntity(Map.class);
        assertThat(notResolved.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) notResolved.getBody().get("message")).contains("is pending", "only a resolved ticket");
    }

    @Test
    void aVisitPickedOnTheStatusPageIsDoneByTheTechnicianAndTheTicketClosesAfter72hWithoutAnswer() throws Exception {
        String id = openTicket("CU-000002");
        awaitWaitingFor(id, "Msg_SlotPicked");
        assertThat(mailbox.awaitMails(id, 2)).extracting(FaultRepairIT::subject).anyMatch(s -> s.contains("visit"));
        assertThat(runtimeService.getVariable(instance(id).getId(), "promisePaused")).isEqualTo(true);
        assertThat(getTicket(id).get("status")).isEqualTo("pending");

        String slotId = offeredSlots(id).get(0).path("id").asText();
        ResponseEntity<String> picked = browser.post().uri(statusPath(id) + "/actions/Msg_SlotPicked")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form("slotId", slotId, "lang", "en"))
                .retrieve().toEntity(String.class);
        assertThat(picked.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);

        Task visit = awaitTask(id, "Task_Visit");
        assertThat(visit.getName()).isEqualTo("Visit — 王芳, " + id);
        String window = (String) runtimeService.getVariable(instance(id).getId(), "appointmentWindow");
        assertThat(window).matches("\\S+Z/\\S+Z");
        assertThat(mailbox.awaitMails(id, 3)).extracting(FaultRepairIT::subject).anyMatch(s -> s.contains("booked"));
        assertThat(getTicket(id).get("status")).isEqualTo("inProgress");

        RestClient technician = Http.as(baseUrl(), "chen.jie", DEMO_PASSWORD);
        assertThat(technician.post().uri("/engine-rest/task/" + visit.getId() + "/claim")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("userId", "chen.jie"))
                .retrieve().toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(technician.post().uri("/engine-rest/task/" + visit.getId() + "/complete")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", Map.of(
                        "arrived", Map.of("value", true),
                        "faultCause", Map.of("value", "line-damage"),
                        "visitOutcome", Map.of("value", "resolved"),
                        "partsUsed", Map.of("value", "2 m drop cable"),
                        "visitNotes", Map.of("value", "Replaced the damaged drop cable; ONT power -18 dBm"))))
                .retrieve().toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        awaitWaitingFor(id, "Msg_FixConfirmed");
        fireTimer(id, "Event_NoAnswer");

        awaitEnded(id);
        assertThat(getTicket(id).get("status")).isEqualTo("closed");
        assertThat(jdbc.sql("select resolution || ' ' || closed_automatically from linecare.trouble_ticket where id = ?")
                .param(id).query(String.class).single()).isEqualTo("visit true");
        assertThat(jdbc.sql("select status from linecare.appointment_booking where case_reference = ?")
                .param(id).query(String.class).list()).containsExactly("completed");
    }

    @Test
    void aPromiseThatFallsDueWhileWaitingForTheCustomerBreaksOnlyAfterTheWaitAndIsCompensatedOnce() throws Exception {
        String customer = customerWithoutOpenCase("premium");
        String id = openTicket(customer);
        awaitWaitingFor(id, "Msg_SlotPicked");
        String instanceId = instance(id).getId();
        Date promisedBefore = (Date) runtimeService.getVariable(instanceId, "promisedAt");

        fireTimer(id, "Event_PromiseBroken");
        // the clock is paused: nothing is owed yet, the breach waits for the clock to run again
        assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(instanceId)
                .activityId("Event_BreachClockResumed").count()).isEqualTo(1);
        assertThat(credits(id)).isZero();

        runtimeService.createMessageCorrelation("Msg_SlotPicked").processInstanceBusinessKey(id)
                .setVariable("pickedSlotId", offeredSlots(id).get(0).path("id").asText()).correlate();
        awaitTask(id, "Task_Visit");
        Date promisedAfter = (Date) runtimeService.getVariable(instanceId, "promisedAt");
        assertThat(promisedAfter).isAfter(promisedBefore);
        Job movedBreach = await().atMost(STEP).until(() -> job(instanceId, "Event_BreachAgain"), j -> j != null);
        assertThat(movedBreach.getDuedate()).isEqualTo(promisedAfter);

        // time reaches the moved promise: the engine's clock, for this one job
        ClockUtil.setCurrentTime(new Date(promisedAfter.getTime() + 1000));
        try {
            managementService.executeJob(movedBreach.getId());
        } finally {
            ClockUtil.reset();
        }
        MimeMessage apology = await().atMost(STEP).until(() -> mailWithSubject(id, "apolog"), m -> m != null);
        assertThat(credits(id)).isEqualTo(1);
        String credit = jdbc.sql("select amount from linecare.credit where case_reference = ?").param(id)
                .query(java.math.BigDecimal.class).single().toPlainString();
        assertThat(Mailbox.textPart(apology)).contains("CNY " + credit);

        // a duplicate delivery of the credit and the apology (as after a worker crash) pays and sends nothing more
        runtimeService.createProcessInstanceModification(instanceId).startBeforeActivity("Task_ApplyCredit").execute();
        await().atMost(STEP).until(() -> "already-applied".equals(runtimeService.getVariable(instanceId, "creditOutcome")));
        await().atMost(STEP).until(() -> runtimeService.createExecutionQuery().processInstanceId(instanceId)
                .activityId("Task_SendApology").count() == 0);
        Thread.sleep(1500); // two more dispatcher rounds
        assertThat(credits(id)).isEqualTo(1);
        assertThat(mailbox.mailsFor(id).stream().filter(m -> subject(m).toLowerCase().contains("apolog"))).hasSize(1);
    }

    @Test
    void twoCustomersPickingTheSameWindowAtOnceOneGetsItTheOtherGetsNewSlots() throws Exception {
        String first = openTicket(customerWithoutOpenCase("standard", "A01"));
        String second = openTicket(customerWithoutOpenCase("standard", "A01"));
        awaitWaitingFor(first, "Msg_SlotPicked");
        awaitWaitingFor(second, "Msg_SlotPicked");
        JsonNode contested = offeredSlots(first).get(0);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> picks = new ArrayList<>();
        for (String id : List.of(first, second)) {
            picks.add(pool.submit((Callable<Void>) () -> {
                start.await();
                runtimeService.createMessageCorrelation("Msg_SlotPicked").processInstanceBusinessKey(id)
                        .setVariable("pickedSlotId", contested.path("id").asText()).correlate();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> pick : picks) {
            pick.get();
        }
        pool.shutdown();

        await().atMost(STEP).until(() -> waitingAtVisit(first) + waitingAtVisit(second) == 1
                && slotRound(first) + slotRound(second) == 3);
        String winner = waitingAtVisit(first) == 1 ? first : second;
        String loser = winner.equals(first) ? second : first;
        assertThat(jdbc.sql("select case_reference from linecare.appointment_booking where status = 'confirmed'"
                        + " and technician_id = ? and window_start = ?::timestamptz")
                .params(contested.path("id").asText().split("@")[0], contested.path("start").asText())
                .query(String.class).list()).containsExactly(winner);
        awaitWaitingFor(loser, "Msg_SlotPicked");
        assertThat(offeredSlots(loser).findValuesAsText("id")).doesNotContain(contested.path("id").asText());
    }

    // ---------------------------------------------------------------- helpers

    private String openTicket(String customerReference) {
        readsEmailAtAnyHour(customerReference);
        Map<String, Object> line = jdbc.sql("""
                select s.line_number from linecare.subscription s join linecare.customer c on c.id = s.customer_id
                  join linecare.line_condition l on l.subscription_id = s.id
                 where c.reference = ? and s.status = 'active' and s.service_type = 'broadband'
                 order by l.status = 'ok', s.id limit 1""").param(customerReference).query().singleRow();
        ResponseEntity<Map> created = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).post().uri(API)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "No internet", "description", "No connection since this morning",
                        "severity", "major", "ticketType", "connectivity", "channel", Map.of("name", "phone"),
                        "relatedParty", List.of(Map.of("id", customerReference, "role", "customer",
                                "@referredType", "Customer")),
                        "relatedEntity", List.of(Map.of("id", line.get("line_number"), "role", "affectedLine",
                                "@referredType", "Service"))))
                .retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("id");
    }

    /** A customer of this tier (and area) whose broadband line needs a visit, and who has no ticket yet. */
    private String customerWithoutOpenCase(String tier, String... area) {
        return jdbc.sql("""
                select c.reference from linecare.customer c
                  join linecare.subscription s on s.customer_id = c.id and s.status = 'active' and s.service_type = 'broadband'
                  join linecare.access_node n on n.id = s.access_node_id
                  join linecare.line_condition l on l.subscription_id = s.id
                 where c.tier = ? and l.status in ('ok', 'line-fault', 'cpe-fault') and not l.remotely_fixable and c.id > 4 and (? = '' or n.area_id = ?)
                   and not exists (select 1 from linecare.trouble_ticket t where t.customer_id = c.id)
                 order by c.id limit 1""")
                .params(tier, area.length == 0 ? "" : area[0], area.length == 0 ? "" : area[0])
                .query(String.class).single();
    }

    private String remotelyFixableCustomer() {
        return jdbc.sql("""
                select c.reference from linecare.customer c
                  join linecare.subscription s on s.customer_id = c.id and s.status = 'active' and s.service_type = 'broadband'
                  join linecare.line_condition l on l.subscription_id = s.id and l.remotely_fixable
                 where c.id > 4 and not exists (select 1 from linecare.trouble_ticket t where t.customer_id = c.id)
                 order by c.id limit 1""").query(String.class).single();
    }

    private Map<String, Object> getTicket(String id) {
        return Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).get().uri(API + "/" + id).retrieve().body(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> statusHistory(Map<String, Object> ticket) {
        return ((List<Map<String, Object>>) ticket.get("statusChange")).stream().map(c -> (String) c.get("status")).toList();
    }

    private ProcessInstance instance(String id) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
    }

    private void awaitWaitingFor(String id, String messageName) {
        await().atMost(STEP).alias(id + " waits for " + messageName + " (" + lazy(() -> where(id)) + ")")
                .until(() -> runtimeService.createEventSubscriptionQuery().eventType("message")
                        .eventName(messageName).processInstanceId(instance(id).getId()).count() == 1);
    }

    /** Where the case stands, for a failure message: its active steps and incidents. */
    private String where(String id) {
        ProcessInstance instance = instance(id);
        if (instance == null) {
            return "ended";
        }
        return "at " + runtimeService.getActiveActivityIds(instance.getId()) + ", incidents "
                + runtimeService.createIncidentQuery().processInstanceId(instance.getId()).list().stream()
                .map(incident -> incident.getActivityId() + ": " + incident.getIncidentMessage()).toList();
    }

    private static Object lazy(java.util.function.Supplier<String> text) {
        return new Object() {
            @Override
            public String toString() {
                return text.get();
            }
        };
    }

    private Task awaitTask(String id, String taskKey) {
        return await().atMost(STEP).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey(taskKey).singleResult(), task -> task != null);
    }

    private long waitingAtVisit(String id) {
        return taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("Task_Visit").count();
    }

    private int slotRound(String id) {
        Object round = runtimeService.getVariable(instance(id).getId(), "slotRound");
        return round == null ? 0 : ((Number) round).intValue();
    }

    private void awaitEnded(String id) {
        await().atMost(STEP).until(() -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(id).finished().count() == 1);
    }

    private Job job(String instanceId, String activityId) {
        return managementService.createJobQuery().processInstanceId(instanceId).activityId(activityId).singleResult();
    }

    private void fireTimer(String id, String activityId) {
        String instanceId = instance(id).getId();
        Job timer = await().atMost(STEP).until(() -> job(instanceId, activityId), j -> j != null);
        managementService.executeJob(timer.getId());
    }

    private JsonNode offeredSlots(String id) throws Exception {
        return json.readTree((String) runtimeService.getVariable(instance(id).getId(), "offeredSlots"));
    }

    /** The process-level value (send tasks have local inputs of the same name). */
    private Object historicVariable(String id, String name) {
        String instanceId = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id)
                .singleResult().getId();
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId).variableName(name)
                .list().stream().filter(v -> instanceId.equals(v.getActivityInstanceId())).findFirst().orElseThrow()
                .getValue();
    }

    private long credits(String id) {
        return jdbc.sql("select count(*) from linecare.credit where case_reference = ?").param(id).query(Long.class).single();
    }

    private MimeMessage mailWithSubject(String id, String fragment) {
        return mailbox.mailsFor(id).stream().filter(m -> subject(m).toLowerCase().contains(fragment)).findFirst().orElse(null);
    }

    private String statusPath(String id) {
        String url = links.urlFor(id);
        return "/status/" + url.substring(url.lastIndexOf('/') + 1);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
