package io.linecare.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
 * A billing agent and a billing manager decide a dispute in the real Tasklist (Chromium) with 4-eyes:
 * the agent proposes a credit above their limit, the approval is not even offered to them, and a
 * manager approves it; the customer is credited once.
 */
class BillingDisputeBrowserIT extends BrowserIntegrationTest {

    private static final Duration STEP = Duration.ofSeconds(60);

    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAgentProposesACreditAboveTheLimitAndAnotherPersonApprovesIt() {
        String id = disputeAboveTheAgentLimit();
        await().atMost(STEP).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey("Task_ReviewDispute").count() == 1);

        TasklistPage agent = new TasklistPage(browser, baseUrl()).logIn("zhou.min", DEMO_PASSWORD).openTask(id).claim()
                .pick("Field_decision", "Upheld")
                .type("Field_decisionReason", "The one-off charge was for equipment you returned.");
        browser.screenshot("billing-dispute-review");
        agent.click("Complete");

        await().atMost(STEP).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey("Task_ApproveCredit").count() == 1);
        List<?> agentsTasks = Http.as(baseUrl(), "zhou.min", DEMO_PASSWORD).get()
                .uri("/engine-rest/task?processInstanceBusinessKey={id}", id).retrieve().body(List.class);
        assertThat(agentsTasks).as("the reviewer is not offered the approval of their own proposal").isEmpty();

        TasklistPage manager = new TasklistPage(browser, baseUrl()).logIn("wu.qiang", DEMO_PASSWORD).openTask(id).claim()
                .pick("Field_decision", "Upheld")
                .type("Field_decisionReason", "Approved: the equipment was returned on time.");
        browser.screenshot("billing-dispute-approve");
        manager.click("Complete");

        await().atMost(STEP).until(() -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(id).finished().count() == 1);
        assertThat(jdbc.sql("select count(*) from linecare.credit where case_reference = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select stage || ' ' || decided_by from linecare.billing_dispute_decision where dispute_id = ?"
                + " order by decided_at").param(id).query(String.class).list())
                .containsExactly("review zhou.min", "approval wu.qiang");
    }

    /** The two biggest charges of a recent bill of a standard customer, together above the agent limit (200). */
    private String disputeAboveTheAgentLimit() {
        Map<String, Object> bill = jdbc.sql("""
                select b.id, b.reference, c.reference as customer from linecare.bill b
                  join linecare.customer c on c.id = b.customer_id
                 where c.tier = 'standard' and c.id > 20 and b.issued_on > current_date - 150
                   and not exists (select 1 from linecare.billing_dispute_line d join linecare.bill_line l on l.id = d.bill_line_id
                                    where l.bill_id = b.id)
                   and (select sum(amount) from (select amount from linecare.bill_line
                                                  where bill_id = b.id and kind <> 'credit' order by amount desc limit 2) top) > 200
                 order by b.id desc limit 1""").query().singleRow();
        List<Long> lines = jdbc.sql("""
                select id from linecare.bill_line where bill_id = ? and kind <> 'credit' order by amount desc, id limit 2""")
                .param(bill.get("id")).query(Long.class).list();
        Map<?, ?> created = Http.as(baseUrl(), "zhou.min", DEMO_PASSWORD).post().uri("/api/disputes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("customer", bill.get("customer"), "bill", bill.get("reference"), "reason",
                        "The charge looks wrong", "channel", "phone",
                        "lines", List.of(Map.of("billLineId", lines.get(0)), Map.of("billLineId", lines.get(1)))))
                .retrieve().body(Map.class);
        return (String) created.get("id");
    }
}
