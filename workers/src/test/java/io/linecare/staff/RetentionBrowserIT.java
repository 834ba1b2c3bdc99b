package io.linecare.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.support.BrowserIntegrationTest;
import io.linecare.support.Http;

/**
 * In the real Tasklist (Chromium): a retention agent records the customer's answer to the one save offer,
 * and a billing manager answers *Settle dispute first* for a customer who disputes a bill and wants to leave.
 */
class RetentionBrowserIT extends BrowserIntegrationTest {

    private static final Duration STEP = Duration.ofSeconds(60);

    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theAgentRecordsThatTheCustomerAcceptsTheOffer() {
        String id = requestCancellation(lineWithoutOpenCase());
        awaitTask(id, "Task_SaveCall");

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

    @Test
    void aBillingManagerWhoCannotGetTheDisputeDecidedInTimeLetsTheSaveCallGoAhead() {
        Map<String, Object> line = lineWithoutOpenCase();
        Map<String, Object> charge = jdbc.sql("""
                select b.reference as bill, l.id from linecare.bill_line l join linecare.bill b on b.id = l.bill_id
                 join linecare.customer c on c.id = b.customer_id
                 where c.reference = ? and l.kind = 'recurring' order by b.period_start desc limit 1""")
                .param(line.get("reference")).query().singleRow();
        Map<?, ?> dispute = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).post().uri("/api/disputes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("customer", line.get("reference"), "bill", charge.get("bill"), "reason", "Charged after I moved",
                        "channel", "phone", "lines", List.of(Map.of("billLineId", charge.get("id")))))
                .retrieve().body(Map.class);
        String id = requestCancellation(line);
        String settle = awaitTask(id, "Task_SettleDisputeFirst");

        // the manager's queue is long with dispute tasks: open this one by its id
        TasklistPage manager = new TasklistPage(browser, baseUrl()).logIn("wu.qiang", DEMO_PASSWORD).openTaskById(settle).claim();
        assertThat(manager.field("Field_openDisputeId").getAttribute("value")).isEqualTo(dispute.get("id"));
        assertThat(manager.field("Field_openDisputeSummary").getAttribute("value")).contains("disputed (open)");
        manager.choose("Expedited, cannot be decided in time: make the offer now");
        browser.screenshot("cancellation-save-settle-dispute-first");
        manager.click("Complete");

        awaitTask(id, "Task_SaveCall");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("Task_SettleDisputeFirst")
                .count()).isZero();
    }

    /** An active broadband line of a customer with no fault, dispute or cancellation yet, and a bill to dispute. */
    private Map<String, Object> lineWithoutOpenCase() {
        return jdbc.sql("""
                select c.reference, s.line_number from linecare.subscription s join linecare.customer c on c.id = s.customer_id
                 where s.status = 'active' and s.service_type = 'broadband' and c.reference > 'CU-000010'
                   and not exists (select 1 from linecare.trouble_ticket t where t.customer_id = c.id)
                   and not exists (select 1 from linecare.cancellation_request r where r.customer_id = c.id)
                   and not exists (select 1 from linecare.billing_dispute d where d.customer_id = c.id)
                   -- a monthly charge to dispute, for the settle-first test
                   and exists (select 1 from linecare.bill_line l join linecare.bill b on b.id = l.bill_id
                                where b.customer_id = c.id and l.kind = 'recurring')
                 order by c.id desc limit 1""").query().singleRow();
    }

    private String requestCancellation(Map<String, Object> line) {
        Map<?, ?> created = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).post().uri("/api/cancellations")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("customer", line.get("reference"), "line", line.get("line_number"), "reason", "price",
                        "reasonDetail", "Found it cheaper elsewhere", "channel", "phone",
                        "desiredEndDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString()))
                .retrieve().body(Map.class);
        return (String) created.get("id");
    }

    /** @return the task's id, once it is there */
    private String awaitTask(String businessKey, String taskKey) {
        return await().atMost(STEP).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).singleResult(), task -> task != null).getId();
    }
}
