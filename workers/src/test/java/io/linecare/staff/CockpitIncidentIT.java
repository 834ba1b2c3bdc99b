package io.linecare.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import io.linecare.support.Http;
import io.linecare.support.LinecareIntegrationTest;

/**
 * What an operator sees in Cockpit when a worker cannot do a step: the incident names the step and
 * says why in words, read here through the REST API Cockpit itself uses.
 */
class CockpitIncidentIT extends LinecareIntegrationTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aStepThatCannotBeDoneIsAnIncidentThatSaysWhichStepAndWhy() {
        // a case whose area the network inventory does not know: the promise cannot be computed
        Map<String, Object> line = jdbc.sql("""
                select c.reference, s.line_number from linecare.subscription s join linecare.customer c on c.id = s.customer_id
                 where s.status = 'active' order by s.id desc limit 1""").query().singleRow();
        Map<?, ?> opened = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).post().uri("/tmf-api/troubleTicket/v4/troubleTicket")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("description", "No dial tone", "severity", "minor", "ticketType", "connectivity",
                        "channel", Map.of("name", "phone"),
                        "relatedParty", List.of(Map.of("id", line.get("reference"), "role", "customer")),
                        "relatedEntity", List.of(Map.of("id", line.get("line_number"), "role", "affectedLine"))))
                .retrieve().body(Map.class);
        String ticketId = (String) opened.get("id");
        Map<String, Object> ticket = jdbc.sql("select customer_id, subscription_id from linecare.trouble_ticket where id = ?")
                .param(ticketId).query().singleRow();
        Map<String, Object> variables = new HashMap<>(Map.of("ticketId", ticketId,
                "customerId", ((Number) ticket.get("customer_id")).longValue(), "customerName", "Test Customer",
                "tier", "standard", "bigClient", false, "serviceType", "broadband", "severity", "major",
                "areaId", "NOWHERE", "subscriptionId", ((Number) ticket.get("subscription_id")).longValue()));
        String instanceId = runtimeService.startProcessInstanceByKey("fault-repair", ticketId, variables).getId();

        RestClient operator = Http.as(baseUrl(), "demo-admin", DEMO_PASSWORD);
        List<Map<String, Object>> incidents = await().atMost(Duration.ofSeconds(30)).until(() -> operator.get()
                .uri("/engine-rest/incident?processInstanceId={id}", instanceId).retrieve().body(LIST), list -> !list.isEmpty());

        Map<String, Object> incident = incidents.get(0);
        assertThat(incident.get("activityId")).isEqualTo("Task_SetPromise");
        assertThat(incident.get("incidentType")).isEqualTo("failedExternalTask");
        assertThat((String) incident.get("incidentMessage"))
                .isEqualTo("Cannot set the promise of " + ticketId + ": Unknown area 'NOWHERE'");
        // Cockpit's instance view: the failing step by its name as drawn in the diagram
        List<Map<String, Object>> steps = operator.get()
                .uri("/engine-rest/history/activity-instance?processInstanceId={id}&activityId=Task_SetPromise", instanceId)
                .retrieve().body(LIST);
        assertThat(steps).extracting(step -> step.get("activityName")).containsExactly("Set promise");
        runtimeService.deleteProcessInstance(instanceId, "test done");
    }
}
