package io.linecare.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.support.Browser;
import io.linecare.support.Http;
import io.linecare.support.LinecareIntegrationTest;

/** A retention agent records the customer's answer to the one save offer in the real Tasklist (Chromium). */
class RetentionBrowserIT extends LinecareIntegrationTest {

    private static final Duration STEP = Duration.ofSeconds(60);

    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcClient jdbc;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAgentRecordsThatTheCustomerAcceptsTheOffer() {
        Map<String, Object> line = jdbc.sql("""
                select c.reference, s.line_number from linecare.subscription s join linecare.customer c on c.id = s.customer_id
                 where s.status = 'active' and s.service_type = 'broadband' and c.reference > 'CU-000010'
                   and not exists (select 1 from linecare.trouble_ticket t where t.customer_id = c.id)
                   and not exists (select 1 from linecare.cancellation_request r where r.customer_id = c.id)
                 order by c.id desc limit 1""").query().singleRow();
        Map<?, ?> created = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).post().uri("/api/cancellations")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("customer", line.get("reference"), "line", line.get("line_number"), "reason", "price",
                        "reasonDetail", "Found it cheaper elsewhere", "channel", "phone",
                        "desiredEndDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString()))
                .retrieve().body(Map.class);
        String id = (String) created.get("id");
        await().atMost(STEP).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey("Task_SaveCall").count() == 1);

        TasklistPage agent = new TasklistPage(browser, baseUrl()).logIn("he.jing", DEMO_PASSWORD).openTask(id).claim();
        assertThat(agent.field("Field_cancellationReference").getAttribute("value")).isEqualTo(id);
        agent.choose("Accepted - the customer stays")
                .type("Field_agentNotes", "Accepted the discount after we fixed the evening slowdown.");
        browser.screenshot("cancellation-save-save-call");
        agent.click("Complete");

        await().atMost(STEP).until(() -> historyService.createHistoricVariableInstanceQuery()
                .variableName("saveOutcome").variableValueEquals("saveOutcome", "accepted")
                .processInstanceIdIn(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id)
                        .singleResult().getId()).count() > 0);
        await().atMost(STEP).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey("Task_SaveCall").count() == 0);
    }
}
