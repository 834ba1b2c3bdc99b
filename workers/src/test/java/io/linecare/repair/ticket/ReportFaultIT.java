package io.linecare.repair.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
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

import io.linecare.support.Http;
import io.linecare.support.TasklistIntake;
import io.linecare.support.LinecareIntegrationTest;

/**
 * The phone intake as an agent uses it, on the whole application with the real fault-repair process
 * and workers: wang.fang (frontline) loads the start form and submits it through /engine-rest like
 * Tasklist does, and the ticket appears in the TMF621 API; a report with an unknown customer comes
 * back to her as a correction task that names the reason, and opens the ticket once corrected.
 */
class ReportFaultIT extends LinecareIntegrationTest {

    private static final String TICKETS = "/tmf-api/troubleTicket/v4/troubleTicket";
    private static final String AGENT = "wang.fang";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HistoryService historyService;

    private String customerReference;
    private String lineNumber;

    @BeforeEach
    void aCustomerWithAnActiveLine() {
        Map<String, Object> line = jdbc.sql("""
                select c.reference, s.line_number from linecare.customer c
                  join linecare.subscription s on s.customer_id = c.id and s.status = 'active'
                 order by c.id desc, s.id limit 1""").query().singleRow();
        customerReference = (String) line.get("reference");
        lineNumber = (String) line.get("line_number");
    }

    @Test
    void frontlineReportsAFaultAndTheTicketIsOpenedByPhone() {
        ResponseEntity<Map> startForm = agent().get()
                .uri("/engine-rest/process-definition/key/report-fault/deployed-start-form")
                .retrieve().toEntity(Map.class);
        assertThat(startForm.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(startForm.getBody()).containsEntry("id", "report-fault");

        String instanceId = intake().submitStartForm(form(customerReference, "No internet since 8:00\nThe router light is red"));

        String ticketId = awaitOpened(instanceId);
        assertThat(TicketReference.isValid(ticketId)).isTrue();
        List<Map<String, Object>> tickets = agent().get()
                .uri(TICKETS + "?relatedParty.id={customer}&limit=100", customerReference)
                .retrieve().body(List.class);
        assertThat(tickets).extracting(ticket -> ticket.get("id")).contains(ticketId);
        Map<String, Object> ticket = agent().get().uri(TICKETS + "/{id}", ticketId).retrieve().body(Map.class);
        assertThat(ticket).containsEntry("severity", "major").containsEntry("ticketType", "connectivity")
                .containsEntry("name", "No internet since 8:00")
                .containsEntry("description", "No internet since 8:00\nThe router light is red");
        assertThat((Map<String, Object>) ticket.get("channel")).containsEntry("name", "phone");
        assertThat((List<Map<String, Object>>) ticket.get("relatedEntity")).singleElement()
                .satisfies(line -> assertThat(line).containsEntry("name", lineNumber));
        assertThat(jdbc.sql("select created_by from linecare.trouble_ticket where id = ?").param(ticketId)
                .query(String.class).single()).isEqualTo(AGENT);
    }

    @Test
    void anUnknownCustomerComesBackToTheAgentWithTheReasonAndOpensNothingUntilCorrected() {
        String instanceId = intake().submitStartForm(form("CU-999999", "Crackling on the phone line"));

        Map<String, Object> task = intake().awaitCorrectionTask(instanceId);
        assertThat(task).containsEntry("name", "Correct the fault report — CU-999999, " + lineNumber)
                .containsEntry("assignee", AGENT);
        String taskId = (String) task.get("id");
        Map<String, Map<String, Object>> shown = agent().get()
                .uri("/engine-rest/task/{id}/form-variables?variableNames=intakeProblem", taskId)
                .retrieve().body(Map.class);
        assertThat(shown.get("intakeProblem")).containsEntry("value",
                "Customer reference: no customer with reference 'CU-999999'");
        ResponseEntity<Map> correctionForm = agent().get().uri("/engine-rest/task/{id}/deployed-form", taskId)
                .retrieve().toEntity(Map.class);
        assertThat(correctionForm.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(correctionForm.getBody()).containsEntry("id", "report-fault-correct");
        assertThat(agent().get().uri(TICKETS + "?relatedParty.id=CU-999999").retrieve().body(List.class)).isEmpty();

        ResponseEntity<String> corrected = agent().post().uri("/engine-rest/task/{id}/submit-form", taskId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", Map.of(
                        "customerReference", Map.of("value", customerReference),
                        "withdrawReport", Map.of("value", false))))
                .retrieve().toEntity(String.class);
        assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        String ticketId = awaitOpened(instanceId);
        Map<String, Object> ticket = agent().get().uri(TICKETS + "/{id}", ticketId).retrieve().body(Map.class);
        assertThat((List<Map<String, Object>>) ticket.get("relatedParty")).singleElement()
                .satisfies(party -> assertThat(party).containsEntry("id", customerReference));
    }



    private Map<String, Object> form(String customer, String description) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("customerReference", customer);
        form.put("lineNumber", lineNumber);
        form.put("severity", "major");
        form.put("ticketType", "connectivity");
        form.put("description", description);
        return form;
    }

    /** Waits for the intake to open the ticket; answers its reference. */
    private String awaitOpened(String instanceId) {
        return intake().awaitOpened(instanceId, "Event_TicketOpened", ReportFaultVariables.TICKET_ID);
    }

    private TasklistIntake intake() {
        return new TasklistIntake(agent(), historyService, "report-fault");
    }

    private static RestClient agent() {
        return Http.as(baseUrl(), AGENT, DEMO_PASSWORD);
    }
}
