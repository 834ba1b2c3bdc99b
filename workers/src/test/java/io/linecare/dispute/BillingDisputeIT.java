package io.linecare.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.billing.CreditRequest;
import io.linecare.billing.CreditResult;
import io.linecare.billing.CreditService;
import io.linecare.support.Http;
import io.linecare.support.LinecareIntegrationTest;

/**
 * billing-dispute end to end on PostgreSQL with the real workers, engine REST API (tasks completed
 * as the demo staff would in Tasklist) and a real SMTP server.
 */
class BillingDisputeIT extends LinecareIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HistoryService historyService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    CreditService creditService;

    @Autowired
    DisputeService disputeService;

    @Autowired
    GreenMail smtp;

    @AfterEach
    void noHoldIsLeftBehind() {
        // every dispute whose process ended is closed, and no closed dispute keeps money on hold
        assertThat(jdbc.sql("""
                        select count(*) from linecare.bill_hold h join linecare.billing_dispute d on d.id = h.dispute_id
                         where h.status = 'active' and d.status = 'closed'""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select count(*) from linecare.bill_line l
                         where l.on_hold and not exists (select 1 from linecare.billing_dispute_line d
                                                          where d.bill_line_id = l.id and d.open)""")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anUnannouncedPriceRiseIsCreditedAutomaticallyAndTheCustomerToldByLetter() {
        Line line = line("CU-000003", "BB-300");
        assertThat(line.amount()).isEqualByComparingTo("109.00");

        ResponseEntity<JsonNode> created = post("wang.fang", body("CU-000003", line, "10.00"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        assertThat(id).matches("BD-[0-9]{4}-[0-9]{6}");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/disputes/" + id);
        assertThat(created.getBody().get("status").asText()).isEqualTo("open");
        assertThat(created.getBody().get("decisionBy").asText()).endsWith("Z");

        awaitEnded(id);

        JsonNode dispute = get(id);
        assertThat(dispute.get("status").asText()).isEqualTo("closed");
        assertThat(dispute.get("decisions")).hasSize(1);
        assertThat(dispute.get("decisions").get(0).get("stage").asText()).isEqualTo("auto");
        assertThat(dispute.get("decisions").get(0).get("decision").asText()).isEqualTo("upheld");
        assertThat(dispute.get("decisions").get(0).get("reason").asText()).contains("never announced");
        assertThat(dispute.get("hold").get("status").asText()).isEqualTo("converted");
        assertThat(dispute.get("hold").get("convertedAmount").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(creditsOf(id)).singleElement().satisfies(row -> {
            assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo("10.00");
            assertThat(row.get("idempotency_key")).isEqualTo(id + ":dispute-credit");
        });
        assertLetters(id, "dispute-acknowledged", "dispute-decision");
    }

    @Test
    void aCreditAboveTheAgentLimitIsApprovedByAnotherPersonAndPaidOnceUnderRetry() {
        Line line = largeDisputeOfAStandardCustomer();
        assertThat(line.disputedTotal()).isGreaterThan(new BigDecimal("200"));
        ResponseEntity<JsonNode> created = post("zhou.min", body(line.customer(), line, null));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();

        // demo-admin reviews (admins may work every task) and proposes the whole amount: above the 200 limit
        Task review = awaitTask(id, "Task_ReviewDispute");
        assertThat(review.getName()).contains(id);
        complete("demo-admin", review, "upheld", null, "The one-off charge was for equipment you returned.");

        // approving one's own proposal comes back with the reason (4-eyes)
        Task approval = awaitTask(id, "Task_ApproveCredit");
        assertThat(get(id).get("status").asText()).as("a proposal above the limit is not a decision yet").isEqualTo("open");
        complete("demo-admin", approval, "upheld", null, "The one-off charge was for equipment you returned.");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Task again = task(id, "Task_ApproveCredit");
            return again != null && !again.getId().equals(approval.getId());
        });
        assertThat((String) runtimeService.getVariable(task(id, "Task_ApproveCredit").getProcessInstanceId(), "decisionProblem"))
                .contains("demo-admin").contains("4-eyes");
        assertThat(creditsOf(id)).isEmpty();

        complete("wu.qiang", task(id, "Task_ApproveCredit"), "upheld", null, "The one-off charge was for equipment you returned.");
        awaitEnded(id);

        JsonNode dispute = get(id);
        assertThat(dispute.get("decisions")).hasSize(2);
        assertThat(dispute.get("decisions").get(0).get("decidedBy").asText()).isEqualTo("demo-admin");
        assertThat(dispute.get("decisions").get(1).get("decidedBy").asText()).isEqualTo("wu.qiang");
        assertThat(dispute.get("hold").get("status").asText()).isEqualTo("converted");

        // the credit task retried (a lost completion): the same key pays nothing more
        CreditResult retry = creditService.applyCredit(new CreditRequest(line.customerId(), id, id + ":dispute-credit",
                "bill-credit", line.disputedTotal(), 0, "retry"));
        assertThat(retry.outcome()).isEqualTo(CreditResult.Outcome.ALREADY_APPLIED);
        assertThat(disputeService.close(id).orElseThrow().status().code()).isEqualTo("converted");
        assertThat(creditsOf(id)).singleElement().satisfies(row ->
                assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo(line.disputedTotal()));
        assertLetters(id, "dispute-acknowledged", "dispute-decision");
    }

    @Test
    void anAppealIsDecidedByAnotherManagerWithAFinalLetterAndASecondAppealIsRefused() {
        Line line = line("CU-000004", null);
        ResponseEntity<JsonNode> created = post("wang.fang", body("CU-000004", line, "30.00"));
        String id = created.getBody().get("id").asText();

        // enterprise: the manager line
        complete("wu.qiang", awaitTask(id, "Task_ManagerDecision"), "rejected", null, "The charge matches your contract.");
        await().atMost(Duration.ofSeconds(30)).until(() -> waitingForAppeal(id));
        assertLetters(id, "dispute-acknowledged", "dispute-decision");
        assertThat(get(id).get("hold").get("status").asText()).as("held while an appeal is possible").isEqualTo("active");

        appeal(id, "The contract says 30 less.");
        Task appealTask = awaitTask(id, "Task_DecideAppeal");
        complete("wu.qiang", appealTask, "partially-upheld", 20.0, "Agreed in part.");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Task again = task(id, "Task_DecideAppeal");
            return again != null && !again.getId().equals(appealTask.getId());
        });
        complete("zheng.li", task(id, "Task_DecideAppeal"), "partially-upheld", 20.0,
                "Your contract gives a discount on one of the two lines.");
        await().atMost(Duration.ofSeconds(30)).until(() -> waitingForSecondAppeal(id));

        JsonNode dispute = get(id);
        assertThat(dispute.get("status").asText()).isEqualTo("closed");
        assertThat(dispute.get("appeal").get("reason").asText()).isEqualTo("The contract says 30 less.");
        assertThat(dispute.get("hold").get("status").asText()).isEqualTo("partly-converted");
        assertThat(creditsOf(id)).singleElement().satisfies(row -> {
            assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo("20.00");
            assertThat(row.get("idempotency_key")).isEqualTo(id + ":appeal-credit");
        });
        assertLetters(id, "dispute-acknowledged", "dispute-decision", "dispute-appeal-decision");

        appeal(id, "Still wrong.");
        awaitEnded(id);
        assertLetters(id, "dispute-acknowledged", "dispute-decision", "dispute-appeal-decision", "dispute-appeal-refused");
    }

    @Test
    void invalidDisputesAreRefusedWithTheReasonAndOpenNothing() {
        Line line = line("CU-000012", null);
        Line other = line("CU-000013", null);
        long before = jdbc.sql("select count(*) from linecare.billing_dispute").query(Long.class).single();

        assertBadRequest(post("wang.fang", body("CU-999999", line, null)), "unknownCustomer");
        assertBadRequest(post("wang.fang", body("CU-000012", line, "99999.00")), "amountAboveLine");
        assertBadRequest(post("wang.fang", body("CU-000012", other, null)), "billNotOfCustomer");
        assertBadRequest(post("wang.fang", Map.of("customer", "CU-000012", "bill", line.bill(), "reason", "x",
                "lines", List.of(Map.of("billLineId", other.id())))), "lineNotOnBill");
        assertBadRequest(post("wang.fang", Map.of("customer", "CU-000012")), "invalidBody");
        assertBadRequest(post("wang.fang", Map.of("customer", "CU-000012", "bill", line.bill(), "reason", "x",
                "lines", List.of(Map.of("billLineId", line.id())), "colour", "red")), "invalidBody");
        assertThat(Http.as(baseUrl(), "chen.jie", DEMO_PASSWORD).post().uri("/api/disputes")
                .contentType(MediaType.APPLICATION_JSON).body(body("CU-000012", line, null)).retrieve()
                .toEntity(JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Http.anonymous(baseUrl()).post().uri("/api/disputes").contentType(MediaType.APPLICATION_JSON)
                .body(body("CU-000012", line, null)).retrieve().toEntity(JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(jdbc.sql("select count(*) from linecare.billing_dispute").query(Long.class).single()).isEqualTo(before);

        // a second dispute on a line in an open dispute
        String first = post("wang.fang", body("CU-000012", line, "1.00")).getBody().get("id").asText();
        assertBadRequest(post("wang.fang", body("CU-000012", line, "1.00")), "lineAlreadyDisputed");
        assertThat(Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).get().uri("/api/disputes/BD-2020-999999").retrieve()
                .toEntity(JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // decide it (review or, for an enterprise customer, the manager line) so it does not stay open
        await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(first).count() == 1);
        complete("demo-admin", taskService.createTaskQuery().processInstanceBusinessKey(first).singleResult(), "rejected", null,
                "The charge is right.");
        await().atMost(Duration.ofSeconds(30)).until(() -> waitingForAppeal(first));
    }

    // ------------------------------------------------------------------ helpers

    /** @param secondId a second disputed line of the same bill, or 0 */
    record Line(long id, long secondId, String bill, String customer, long customerId, BigDecimal amount,
                BigDecimal disputedTotal) {
    }

    private Line line(String customer, String plan) {
        return jdbc.sql("""
                        select l.id, b.reference, c.reference as customer, c.id as customer_id, l.amount
                          from linecare.bill_line l join linecare.bill b on b.id = l.bill_id
                          join linecare.customer c on c.id = b.customer_id
                          join linecare.subscription s on s.id = l.subscription_id
                         where c.reference = :customer and l.kind = 'recurring' and (:plan = '' or s.plan_code = :plan)
                           -- without a plan named: a charge no price change touches, so the check finds nothing
                           and (:plan <> '' or not exists (select 1 from linecare.price_change pc
                                                            where pc.plan_code = s.plan_code and pc.effective_from <= b.period_start))
                         order by b.period_start desc, l.id limit 1""")
                .param("customer", customer).param("plan", plan == null ? "" : plan)
                .query((rs, row) -> new Line(rs.getLong("id"), 0, rs.getString("reference"), rs.getString("customer"),
                        rs.getLong("customer_id"), rs.getBigDecimal("amount"), rs.getBigDecimal("amount")))
                .single();
    }

    /** The two biggest charges of a recent bill of a standard customer, together above the agent limit (200). */
    private Line largeDisputeOfAStandardCustomer() {
        Map<String, Object> bill = jdbc.sql("""
                        select b.id, b.reference, c.reference as customer, c.id as customer_id
                          from linecare.bill b join linecare.customer c on c.id = b.customer_id
                         where c.tier = 'standard' and c.id > 20 and b.issued_on > current_date - 150
                           and (select sum(amount) from (select amount from linecare.bill_line
                                                          where bill_id = b.id and kind <> 'credit'
                                                          order by amount desc limit 2) top) > 200
                         order by b.id limit 1""").query().singleRow();
        List<Map<String, Object>> lines = jdbc.sql("""
                        select id, amount from linecare.bill_line where bill_id = :bill and kind <> 'credit'
                         order by amount desc, id limit 2""").param("bill", bill.get("id")).query().listOfRows();
        BigDecimal total = lines.stream().map(l -> (BigDecimal) l.get("amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Line(((Number) lines.get(0).get("id")).longValue(), ((Number) lines.get(1).get("id")).longValue(),
                (String) bill.get("reference"), (String) bill.get("customer"), ((Number) bill.get("customer_id")).longValue(),
                (BigDecimal) lines.get(0).get("amount"), total);
    }

    private static Map<String, Object> body(String customer, Line line, String amount) {
        Map<String, Object> disputed = amount == null ? Map.of("billLineId", line.id())
                : Map.of("billLineId", line.id(), "amount", new BigDecimal(amount));
        List<Map<String, Object>> lines = line.secondId() == 0 ? List.of(disputed)
                : List.of(disputed, Map.of("billLineId", line.secondId()));
        return Map.of("customer", customer, "bill", line.bill(), "reason", "The charge looks wrong",
                "channel", "phone", "lines", lines);
    }

    private ResponseEntity<JsonNode> post(String user, Object body) {
        return Http.as(baseUrl(), user, DEMO_PASSWORD).post().uri("/api/disputes").contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(JsonNode.class);
    }

    private JsonNode get(String id) {
        ResponseEntity<JsonNode> response = Http.as(baseUrl(), "zhou.min", DEMO_PASSWORD).get().uri("/api/disputes/" + id)
                .retrieve().toEntity(JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static void assertBadRequest(ResponseEntity<JsonNode> response, String code) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("code").asText()).isEqualTo(code);
        assertThat(response.getBody().get("reason").asText()).isEqualTo("Bad Request");
        assertThat(response.getBody().get("message").asText()).isNotBlank();
    }

    /** Completes the task through /engine-rest as {@code user}, as Tasklist does. */
    private void complete(String user, Task task, String decision, Double amount, String reason) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("decision", Map.of("value", decision));
        variables.put("decisionReason", Map.of("value", reason));
        if (amount != null) {
            variables.put("creditAmount", Map.of("value", amount, "type", "Double"));
        }
        ResponseEntity<String> response = Http.as(baseUrl(), user, DEMO_PASSWORD).post()
                .uri("/engine-rest/task/" + task.getId() + "/complete").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", variables)).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }

    private Task task(String id, String activity) {
        return taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(activity).singleResult();
    }

    private Task awaitTask(String id, String activity) {
        await().atMost(Duration.ofSeconds(30)).until(() -> task(id, activity) != null);
        return task(id, activity);
    }

    private void appeal(String id, String reason) {
        // what the status page's appeal action does
        await().atMost(Duration.ofSeconds(30)).until(() -> runtimeService.createEventSubscriptionQuery()
                .eventName("Msg_DecisionAppealed").processInstanceId(instanceId(id)).count() == 1);
        runtimeService.createMessageCorrelation("Msg_DecisionAppealed").processInstanceBusinessKey(id)
                .setVariable("appealReason", reason).correlate();
    }

    private boolean waitingForAppeal(String id) {
        return runtimeService.createEventSubscriptionQuery().processInstanceId(instanceId(id))
                .activityId("Event_Appealed").count() == 1;
    }

    private boolean waitingForSecondAppeal(String id) {
        return runtimeService.createEventSubscriptionQuery().processInstanceId(instanceId(id))
                .activityId("Event_AppealedAgain").count() == 1;
    }

    private String instanceId(String id) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
    }

    private void awaitEnded(String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(id).finished().count() == 1);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instanceId(id)).count()).isZero();
    }

    private List<Map<String, Object>> creditsOf(String id) {
        return jdbc.sql("select amount, idempotency_key from linecare.credit where case_reference = :id order by id")
                .param("id", id).query().listOfRows();
    }

    /** Each message type was queued once per channel and the emails reached the SMTP server. */
    private void assertLetters(String id, String... types) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "select count(distinct message_type) from linecare.communication_message where case_reference = :id")
                .param("id", id).query(Long.class).single() == types.length);
        assertThat(jdbc.sql("select distinct message_type from linecare.communication_message where case_reference = :id")
                .param("id", id).query(String.class).list()).containsExactlyInAnyOrder(types);
        long emails = jdbc.sql("select count(*) from linecare.communication_message where case_reference = :id and channel = 'email'")
                .param("id", id).query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsAbout(id) >= emails);
    }

    private long mailsAbout(String id) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return mail.getSubject() != null && mail.getSubject().contains(id);
            } catch (Exception e) {
                return false;
            }
        }).count();
    }
}
