package io.linecare.communication.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

import io.linecare.support.LinecareIntegrationTest;

/** The customer status page on the whole application: signed links, the page, answers that move a process. */
class StatusPageIT extends LinecareIntegrationTest {

    private static final String PROCESS = "status-page-demo";
    private static final String SLOTS = """
            [{"id": "slot-1", "start": "2026-03-05T01:00:00Z", "end": "2026-03-05T03:00:00Z", "technicianName": "Zhang Wei"},
             {"id": "slot-2", "start": "2026-03-05T06:00:00Z", "end": "2026-03-05T08:00:00Z"}]
            """;

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    StatusLinks links;
    @Autowired
    JdbcClient jdbc;

    private final RestClient browser = RestClient.builder()
            .baseUrl(baseUrl())
            // see each answer as it is, redirects included
            .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER).build()))
            .defaultHeader(HttpHeaders.ACCEPT, "text/html")
            .defaultHeader(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.8")
            .defaultStatusHandler(status -> true, (request, response) -> { })
            .build();

    @BeforeEach
    void deploy() {
        repositoryService.createDeployment().name("status-page-it").enableDuplicateFiltering(false)
                .addClasspathResource("status-page/status-page-demo.bpmn").deploy();
    }

    @Test
    void showsTheCaseThePromiseTheTimelineAndTheOpenAction() {
        String reference = start(Map.of("offeredSlots", SLOTS, "promisedAt", "2026-03-06T09:30:00Z"));
        sentMessage(reference, "en", "appointment-offered", "Pick a visit time for " + reference);

        ResponseEntity<String> page = get(path(reference));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getHeaders().getCacheControl()).contains("no-store");
        assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        String html = page.getBody();
        assertThat(html).contains("<meta name=\"viewport\"", reference, "We are waiting for your answer",
                // the promise and the slots in China Standard Time
                "Mar 6, 2026, 5:30", "Mar 5, 2026, 2:00", "Technician: Zhang Wei",
                "name=\"slotId\"", "value=\"slot-1\"", "value=\"slot-2\"",
                "action=\"/status/", "/actions/Msg_SlotPicked\"",
                // timeline: named events and the message we sent, never where we sent it
                "Case opened", "Customer picks a visit time", "We sent you an email", "Pick a visit time for " + reference);
        assertThat(html).doesNotContain("customer@example.com", "Gateway_Join", "<script");
        assertThat(html).doesNotContain("Msg_FixConfirmed\"");
    }

    @Test
    void pickingASlotMovesTheProcessOnAndARepeatIsAlreadyDone() {
        String reference = start(Map.of("offeredSlots", SLOTS));
        String path = path(reference);

        ResponseEntity<String> unknownSlot = post(path + "/actions/Msg_SlotPicked", form("slotId", "slot-9", "lang", "en"));
        assertThat(unknownSlot.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownSlot.getBody()).contains("That time is no longer offered", "value=\"slot-1\"");
        ResponseEntity<String> noSlot = post(path + "/actions/Msg_SlotPicked", form("lang", "en"));
        assertThat(noSlot.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noSlot.getBody()).contains("Please pick one of the times.");

        ResponseEntity<String> picked = post(path + "/actions/Msg_SlotPicked", form("slotId", "slot-2", "lang", "en"));

        assertThat(picked.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(picked.getHeaders().getLocation()).hasToString(path + "?lang=en");
        ProcessInstance instance = instance(reference);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_VisitCustomer");
        assertThat(runtimeService.getVariable(instance.getId(), "pickedSlotId")).isEqualTo("slot-2");
        assertThat(jdbc.sql("select action || ' ' || detail from linecare.status_page_action where case_reference = ?")
                .param(reference).query(String.class).list()).containsExactly("Msg_SlotPicked 2026-03-05 14:00 – 16:00");

        ResponseEntity<String> again = post(path + "/actions/Msg_SlotPicked", form("slotId", "slot-2", "lang", "en"));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("Already done", "We already have your answer", "href=\"" + path + "?lang=en\"");
        String after = get(path).getBody();
        assertThat(after).contains("We are working on it", "Visit the customer", "You picked a visit time",
                "2026-03-05 14:00 – 16:00");
        assertThat(after).doesNotContain("name=\"slotId\"");
    }

    @Test
    void fixConfirmationEndsTheCaseAndTheCustomersCommentIsEscaped() {
        String reference = start(Map.of("offeredSlots", SLOTS));
        runtimeService.createMessageCorrelation("Msg_SlotPicked").processInstanceBusinessKey(reference)
                .setVariable("pickedSlotId", "slot-1").correlateWithResult();
        String processInstanceId = instance(reference).getId();
        taskService.complete(taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId());
        String path = path(reference);
        String script = "<script>alert(1)</script>";

        assertThat(get(path).getBody()).contains("/actions/Msg_FixConfirmed\"", "It works now", "Still not working");
        ResponseEntity<String> badScore = post(path + "/actions/Msg_FixConfirmed",
                form("outcome", "worked", "score", "9", "comment", script, "lang", "en"));
        assertThat(badScore.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badScore.getBody()).contains("The score must be a number from 1 to 5.", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain(script);

        ResponseEntity<String> confirmed = post(path + "/actions/Msg_FixConfirmed",
                form("outcome", "worked", "score", "5", "comment", script, "lang", "en"));

        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getEndActivityId()).isEqualTo("Event_CaseClosed");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName("fixWorked").singleResult().getValue()).isEqualTo(true);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName("satisfactionScore").singleResult().getValue()).isEqualTo(5);
        String page = get(path).getBody();
        assertThat(page).contains("Closed", "You confirmed that it works", "5/5 · &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain(script);

        ResponseEntity<String> again = post(path + "/actions/Msg_FixConfirmed", form("outcome", "notWorked", "lang", "en"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("Already done");
    }

    @Test
    void badLinksGetOneGenericNotFoundPage() {
        String reference = start(Map.of("offeredSlots", SLOTS));
        String token = token(reference);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        String otherCase = token("SP-IT-NONE-" + UUID.randomUUID().toString().substring(0, 8));

        for (String bad : new String[] {tampered, otherCase, "not-a-token", token + "x"}) {
            ResponseEntity<String> page = get("/status/" + bad);
            assertThat(page.getStatusCode()).as(bad).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(page.getBody()).contains("This link is not valid or has expired.")
                    .doesNotContain(reference, "Exception", "expired at", "signature");
        }
        ResponseEntity<String> post = post("/status/" + tampered + "/actions/Msg_SlotPicked", form("slotId", "slot-1"));
        assertThat(post.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(instance(reference)).isNotNull();
        assertThat(runtimeService.getVariable(instance(reference).getId(), "pickedSlotId")).isNull();
        assertThat(post(path(reference) + "/actions/Msg_NoSuchThing", form()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void pageSpeaksTheCustomersLanguage() {
        String reference = start(Map.of("offeredSlots", SLOTS, "promisedAt", "2026-03-06T09:30:00Z", "promisePaused", true));
        String path = path(reference);

        String chinese = get(path + "?lang=zh-CN").getBody();
        assertThat(chinese).contains("lang=\"zh-CN\"", "工单 " + reference, "我们在等待您的答复", "请选择技术人员上门的时间",
                "在等待您答复期间，计时已暂停。", "2026年3月6日", ">English<");
        assertThat(get(path + "?lang=en").getBody()).contains("lang=\"en\"", "Case " + reference,
                "The clock is paused while we wait for your answer.", "\u4e2d\u6587");

        // without ?lang the language of our latest message to the customer wins over the browser's
        sentMessage(reference, "zh-CN", "appointment-offered", "请选择上门时间");
        assertThat(get(path).getBody()).contains("lang=\"zh-CN\"", "我们给您发送了电子邮件", "请选择上门时间");
        assertThat(post(path + "/actions/Msg_SlotPicked", form("slotId", "slot-9")).getBody())
                .contains("该时间已不可选");
    }

    private String start(Map<String, Object> variables) {
        String reference = "SP-IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        runtimeService.startProcessInstanceByKey(PROCESS, reference, variables);
        return reference;
    }

    private ProcessInstance instance(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
    }

    private String token(String reference) {
        String url = links.urlFor(reference);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private String path(String reference) {
        return "/status/" + token(reference);
    }

    private void sentMessage(String reference, String locale, String type, String subject) {
        jdbc.sql("""
                insert into linecare.communication_message (idempotency_key, case_reference, customer_id,
                    customer_reference, message_type, channel, locale, receiver, subject, text_body, state, sent_at)
                values (?, ?, 1, 'CU-000001', ?, 'email', ?, 'customer@example.com', ?, 'body', 'completed', now())
                """).params(UUID.randomUUID().toString(), reference, type, locale, subject).update();
    }

    private ResponseEntity<String> get(String uri) {
        return browser.get().uri(uri).retrieve().toEntity(String.class);
    }

    private ResponseEntity<String> post(String uri, MultiValueMap<String, String> form) {
        return browser.post().uri(uri).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().toEntity(String.class);
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
