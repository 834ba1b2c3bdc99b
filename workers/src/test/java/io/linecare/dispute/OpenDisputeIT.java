package io.linecare.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import io.linecare.dispute.handler.OpenDisputeHandler;
import io.linecare.platform.externaltask.Topics;
import io.linecare.support.Http;
import io.linecare.support.TasklistIntake;
import io.linecare.support.LinecareIntegrationTest;
import io.linecare.support.Redelivery;

/**
 * The Tasklist intake of a billing dispute on the whole application, with the real billing-dispute
 * process and workers: wang.fang (frontline) submits the start form through /engine-rest like Tasklist
 * does and the dispute appears in /api/disputes, once even when the opening task is delivered again; a
 * dispute the service refuses comes back to her as a correction task with the reason, and opens once
 * corrected; a withdrawn one opens nothing.
 */
class OpenDisputeIT extends LinecareIntegrationTest {

    private static final String AGENT = "wang.fang";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HistoryService historyService;

    @Autowired
    OpenDisputeHandler handler;

    private String customerReference;
    private String billReference;
    private long billLine;
    private long lineOfAnotherBill;

    @BeforeEach
    void aRecentBillNobodyDisputes() {
        // a premium customer's bill: the dispute tests of other classes take standard customers and CU-000003/12
        Map<String, Object> bill = jdbc.sql("""
                select b.id, b.reference, c.reference as customer from linecare.bill b
                  join linecare.customer c on c.id = b.customer_id
                 where c.tier = 'premium' and c.reference not in ('CU-000003', 'CU-000012')
                   and b.issued_on > current_date - 150
                   and not exists (select 1 from linecare.billing_dispute d where d.bill_id = b.id)
                   and exists (select 1 from linecare.bill_line l where l.bill_id = b.id and l.kind <> 'credit' and l.amount > 5)
                 order by b.id desc limit 1""").query().singleRow();
        customerReference = (String) bill.get("customer");
        billReference = (String) bill.get("reference");
        long billId = ((Number) bill.get("id")).longValue();
        billLine = jdbc.sql("select id from linecare.bill_line where bill_id = ? and kind <> 'credit' and amount > 5 order by id limit 1")
                .param(billId).query(Long.class).single();
        lineOfAnotherBill = jdbc.sql("select id from linecare.bill_line where bill_id <> ? order by id limit 1")
                .param(billId).query(Long.class).single();
    }

    @Test
    void frontlineOpensADisputeWithTheStartFormOnceEvenWhenTheTaskIsDeliveredTwice() {
        ResponseEntity<Map> startForm = agent().get()
                .uri("/engine-rest/process-definition/key/open-dispute/deployed-start-form").retrieve().toEntity(Map.class);
        assertThat(startForm.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(startForm.getBody()).containsEntry("id", "open-dispute");

        String instanceId = intake().submitStartForm(form(billLine));

        String disputeId = awaitOpened(instanceId);
        Map<String, Object> dispute = agent().get().uri("/api/disputes/{id}", disputeId).retrieve().body(Map.class);
        assertThat(dispute).containsEntry("customer", customerReference).containsEntry("bill", billReference)
                .containsEntry("channel", "phone").containsEntry("createdBy", AGENT)
                .containsEntry("reason", "Charged twice for the router");
        assertThat((List<Map<String, Object>>) dispute.get("lines")).singleElement().satisfies(line -> {
            assertThat(((Number) line.get("billLineId")).longValue()).isEqualTo(billLine);
            assertThat(new BigDecimal(line.get("disputedAmount").toString())).isEqualByComparingTo("1.50");
        });
        assertThat(billingDisputes(disputeId)).isEqualTo(1);

        // the engine hands the opening task out again (the first completion got lost): the same dispute
        long disputes = jdbc.sql("select count(*) from linecare.billing_dispute").query(Long.class).single();
        Map<String, Object> again = Redelivery.completedOutputs(historyService, instanceId, Topics.DISPUTE_OPEN_DISPUTE,
                "Task_OpenDispute", handler);
        assertThat(again).containsEntry(OpenDisputeVariables.DISPUTE_REFERENCE, disputeId);
        assertThat(jdbc.sql("select count(*) from linecare.billing_dispute").query(Long.class).single()).isEqualTo(disputes);
        assertThat(billingDisputes(disputeId)).isEqualTo(1);
    }

    @Test
    void aLineNotOnTheBillComesBackToTheAgentWithTheReasonAndOpensTheDisputeOnceCorrected() {
        String instanceId = intake().submitStartForm(form(lineOfAnotherBill));

        Map<String, Object> task = intake().awaitCorrectionTask(instanceId);
        assertThat(task).containsEntry("name", "Correct the dispute — " + customerReference + ", " + billReference)
                .containsEntry("assignee", AGENT);
        String taskId = (String) task.get("id");
        Map<String, Map<String, Object>> shown = agent().get()
                .uri("/engine-rest/task/{id}/form-variables?variableNames=intakeProblem", taskId).retrieve().body(Map.class);
        assertThat(shown.get("intakeProblem")).containsEntry("value",
                "Bill line 1: bill line " + lineOfAnotherBill + " is not on bill " + billReference);
        ResponseEntity<Map> correctionForm = agent().get().uri("/engine-rest/task/{id}/deployed-form", taskId)
                .retrieve().toEntity(Map.class);
        assertThat(correctionForm.getBody()).containsEntry("id", "open-dispute-correct");
        assertThat(disputesOfThisIntake(instanceId)).isZero();

        ResponseEntity<String> corrected = agent().post().uri("/engine-rest/task/{id}/submit-form", taskId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", Map.of(
                        "billLine1", Map.of("value", billLine),
                        "withdrawDispute", Map.of("value", false))))
                .retrieve().toEntity(String.class);
        assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        String disputeId = awaitOpened(instanceId);
        assertThat(disputesOfThisIntake(instanceId)).isEqualTo(1);
        assertThat(billingDisputes(disputeId)).isEqualTo(1);
    }

    @Test
    void aWithdrawnDisputeOpensNothing() {
        Map<String, Object> form = form(billLine);
        form.put("customerReference", "CU-999999");
        String instanceId = intake().submitStartForm(form);
        Map<String, Object> task = intake().awaitCorrectionTask(instanceId);
        long disputes = jdbc.sql("select count(*) from linecare.billing_dispute").query(Long.class).single();

        ResponseEntity<String> withdrawn = agent().post().uri("/engine-rest/task/{id}/submit-form", task.get("id"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", Map.of("withdrawDispute", Map.of("value", true))))
                .retrieve().toEntity(String.class);
        assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        HistoricProcessInstance intake = intake().awaitEnded(instanceId);
        assertThat(intake.getEndActivityId()).isEqualTo("Event_DisputeWithdrawn");
        assertThat(disputesOfThisIntake(instanceId)).isZero();
        assertThat(jdbc.sql("select count(*) from linecare.billing_dispute").query(Long.class).single()).isEqualTo(disputes);
    }

    @Test
    void onlyTheIntakeGroupsMayStartIt() {
        ResponseEntity<String> dispatch = Http.as(baseUrl(), "zhao.lei", DEMO_PASSWORD).post()
                .uri("/engine-rest/process-definition/key/open-dispute/submit-form").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", Map.of())).retrieve().toEntity(String.class);
        assertThat(dispatch.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }

    // ------------------------------------------------------------------ helpers



    private long billingDisputes(String disputeId) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(BillingDisputeVariables.PROCESS_KEY)
                .processInstanceBusinessKey(disputeId).count();
    }

    private long disputesOfThisIntake(String instanceId) {
        return jdbc.sql("select count(*) from linecare.billing_dispute where intake_key = ?")
                .param(OpenDisputeVariables.PROCESS_KEY + ":" + instanceId).query(Long.class).single();
    }


    private Map<String, Object> form(long line) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("customerReference", customerReference);
        form.put("billReference", billReference);
        form.put("reason", "Charged twice for the router");
        form.put("billLine1", line);
        form.put("amount1", 1.5);
        return form;
    }

    /** Waits for the intake to open the dispute; answers its reference. */
    private String awaitOpened(String instanceId) {
        return intake().awaitOpened(instanceId, "Event_DisputeOpened", OpenDisputeVariables.DISPUTE_REFERENCE);
    }

    private TasklistIntake intake() {
        return new TasklistIntake(agent(), historyService, OpenDisputeVariables.PROCESS_KEY);
    }

    private static RestClient agent() {
        return Http.as(baseUrl(), AGENT, DEMO_PASSWORD);
    }
}
