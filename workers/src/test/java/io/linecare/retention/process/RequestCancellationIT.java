package io.linecare.retention.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import io.linecare.platform.externaltask.Topics;
import io.linecare.retention.CancellationSaveVariables;
import io.linecare.retention.RequestCancellationVariables;
import io.linecare.retention.handler.OpenCancellationHandler;
import io.linecare.support.Http;
import io.linecare.support.TasklistIntake;
import io.linecare.support.LinecareIntegrationTest;
import io.linecare.support.Redelivery;

/**
 * The Tasklist intake of a cancellation on the whole application, with the real cancellation-save
 * process and workers: wang.fang (frontline) submits the start form through /engine-rest like Tasklist
 * does and the request appears in /api/cancellations, once even when the opening task is delivered
 * again; a request the intake refuses comes back to her as a correction task with the reason, and is
 * taken once corrected; a withdrawn one opens nothing.
 */
class RequestCancellationIT extends LinecareIntegrationTest {

    private static final String AGENT = "wang.fang";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HistoryService historyService;

    @Autowired
    OpenCancellationHandler handler;

    private String customerReference;
    private String lineNumber;
    private String otherCustomersLine;

    @BeforeEach
    void anActiveLineWithoutCases() {
        // from the top: CancellationSaveIT and RetentionBrowserIT take such lines from the bottom
        Map<String, Object> line = jdbc.sql("""
                select c.reference, s.line_number from linecare.subscription s join linecare.customer c on c.id = s.customer_id
                 where s.status = 'active' and c.reference > 'CU-000010'
                   and not exists (select 1 from linecare.trouble_ticket t where t.customer_id = c.id)
                   and not exists (select 1 from linecare.cancellation_request r where r.customer_id = c.id)
                 order by c.id desc, s.id limit 1""").query().singleRow();
        customerReference = (String) line.get("reference");
        lineNumber = (String) line.get("line_number");
        otherCustomersLine = jdbc.sql("""
                select s.line_number from linecare.subscription s join linecare.customer c on c.id = s.customer_id
                 where c.reference <> ? and s.status = 'active' order by s.id limit 1""")
                .param(customerReference).query(String.class).single();
    }

    @Test
    void frontlineTakesACancellationWithTheStartFormOnceEvenWhenTheTaskIsDeliveredTwice() {
        ResponseEntity<Map> startForm = agent().get()
                .uri("/engine-rest/process-definition/key/request-cancellation/deployed-start-form").retrieve()
                .toEntity(Map.class);
        assertThat(startForm.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(startForm.getBody()).containsEntry("id", "request-cancellation");

        String instanceId = intake().submitStartForm(form(lineNumber, lastDay()));

        String reference = awaitOpened(instanceId);
        Map<String, Object> request = agent().get().uri("/api/cancellations/{id}", reference).retrieve().body(Map.class);
        assertThat(request).containsEntry("customer", customerReference).containsEntry("line", lineNumber)
                .containsEntry("reason", "competitor-offer").containsEntry("reasonDetail", "Half the price next door")
                .containsEntry("desiredEndDate", lastDay().toString()).containsEntry("channel", "phone")
                .containsEntry("createdBy", AGENT).containsEntry("status", "requested");
        assertThat(cancellationSaves(reference)).isEqualTo(1);

        // the engine hands the opening task out again (the first completion got lost): the same request
        long requests = jdbc.sql("select count(*) from linecare.cancellation_request").query(Long.class).single();
        Map<String, Object> again = Redelivery.completedOutputs(historyService, instanceId,
                Topics.RETENTION_OPEN_CANCELLATION, "Task_OpenCancellation", handler);
        assertThat(again).containsEntry(RequestCancellationVariables.CANCELLATION_REFERENCE, reference);
        assertThat(jdbc.sql("select count(*) from linecare.cancellation_request").query(Long.class).single()).isEqualTo(requests);
        assertThat(cancellationSaves(reference)).isEqualTo(1);
    }

    @Test
    void aPastEndDateComesBackToTheAgentWithTheReasonAndIsTakenOnceCorrected() {
        String instanceId = intake().submitStartForm(form(lineNumber, LocalDate.of(2020, 1, 31)));

        Map<String, Object> task = intake().awaitCorrectionTask(instanceId);
        assertThat(task).containsEntry("name", "Correct the cancellation request — " + customerReference + ", " + lineNumber)
                .containsEntry("assignee", AGENT);
        String taskId = (String) task.get("id");
        Map<String, Map<String, Object>> shown = agent().get()
                .uri("/engine-rest/task/{id}/form-variables?variableNames=intakeProblem", taskId).retrieve().body(Map.class);
        assertThat((String) shown.get("intakeProblem").get("value"))
                .startsWith("Last day of service 2020-01-31 is in the past; the earliest is today");
        assertThat(agent().get().uri("/engine-rest/task/{id}/deployed-form", taskId).retrieve().body(Map.class))
                .containsEntry("id", "request-cancellation-correct");
        assertThat(requestsOfThisIntake(instanceId)).isZero();

        ResponseEntity<String> corrected = agent().post().uri("/engine-rest/task/{id}/submit-form", taskId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", Map.of(
                        "desiredEndDate", Map.of("value", lastDay().toString()),
                        "withdrawRequest", Map.of("value", false))))
                .retrieve().toEntity(String.class);
        assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        String reference = awaitOpened(instanceId);
        assertThat(requestsOfThisIntake(instanceId)).isEqualTo(1);
        assertThat(cancellationSaves(reference)).isEqualTo(1);
    }

    @Test
    void aWithdrawnRequestOpensNothing() {
        String instanceId = intake().submitStartForm(form(otherCustomersLine, lastDay()));
        Map<String, Object> task = intake().awaitCorrectionTask(instanceId);
        Map<String, Map<String, Object>> shown = agent().get()
                .uri("/engine-rest/task/{id}/form-variables?variableNames=intakeProblem", task.get("id")).retrieve()
                .body(Map.class);
        assertThat(shown.get("intakeProblem")).containsEntry("value",
                "Line to cancel: " + otherCustomersLine + " is not a line of " + customerReference);
        long requests = jdbc.sql("select count(*) from linecare.cancellation_request").query(Long.class).single();

        ResponseEntity<String> withdrawn = agent().post().uri("/engine-rest/task/{id}/submit-form", task.get("id"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", Map.of("withdrawRequest", Map.of("value", true))))
                .retrieve().toEntity(String.class);
        assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(intake().awaitEnded(instanceId).getEndActivityId()).isEqualTo("Event_RequestWithdrawn");
        assertThat(requestsOfThisIntake(instanceId)).isZero();
        assertThat(jdbc.sql("select count(*) from linecare.cancellation_request").query(Long.class).single()).isEqualTo(requests);
    }

    // ------------------------------------------------------------------ helpers

    private static LocalDate lastDay() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(20);
    }



    private long cancellationSaves(String reference) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(CancellationSaveVariables.PROCESS_KEY)
                .processInstanceBusinessKey(reference).count();
    }

    private long requestsOfThisIntake(String instanceId) {
        return jdbc.sql("select count(*) from linecare.cancellation_request where intake_key = ?")
                .param(RequestCancellationVariables.PROCESS_KEY + ":" + instanceId).query(Long.class).single();
    }


    private Map<String, Object> form(String line, LocalDate lastDay) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("customerReference", customerReference);
        form.put("lineNumber", line);
        form.put("reason", "competitor-offer");
        form.put("reasonDetail", "Half the price next door");
        form.put("desiredEndDate", lastDay.toString());
        return form;
    }

    /** Waits for the intake to open the cancellation request; answers its reference. */
    private String awaitOpened(String instanceId) {
        return intake().awaitOpened(instanceId, "Event_CancellationOpened", RequestCancellationVariables.CANCELLATION_REFERENCE);
    }

    private TasklistIntake intake() {
        return new TasklistIntake(agent(), historyService, RequestCancellationVariables.PROCESS_KEY);
    }

    private static RestClient agent() {
        return Http.as(baseUrl(), AGENT, DEMO_PASSWORD);
    }
}
