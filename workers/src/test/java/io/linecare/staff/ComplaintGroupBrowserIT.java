package io.linecare.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.grouping.OutageArea.Line;
import io.linecare.grouping.OutageArea;
import io.linecare.support.BrowserIntegrationTest;
import io.linecare.support.Http;

/** A network analyst confirms a complaint group as an incident in the real Tasklist (Chromium). */
class ComplaintGroupBrowserIT extends BrowserIntegrationTest {

    private static final Duration STEP = Duration.ofSeconds(60);

    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theAnalystConfirmsTheIncidentWithAnEstimate() {
        OutageArea area = new OutageArea(jdbc, "A93");
        List<Line> lines = area.node("A93-OLT1", 12, 0, "area-outage", false);
        area.measurements(400, 100, 3.5, 2);
        for (Line line : lines.subList(0, 10)) {
            Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).post().uri("/tmf-api/troubleTicket/v4/troubleTicket")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("name", "No internet", "description", "Offline", "severity", "major",
                            "ticketType", "connectivity", "channel", Map.of("name", "phone"),
                            "relatedParty", List.of(Map.of("id", line.customerReference(), "role", "customer",
                                    "@referredType", "Customer")),
                            "relatedEntity", List.of(Map.of("id", line.lineNumber(), "role", "affectedLine",
                                    "@referredType", "Service"))))
                    .retrieve().toBodilessEntity();
        }
        String group = jdbc.sql("select id from linecare.complaint_group where area_id = 'A93'").query(String.class).single();
        Task review = await().atMost(STEP).until(() -> review(group), task -> task != null);

        // the analysts' queue also holds every ticket's own network-work task: open the review by its link
        TasklistPage analyst = new TasklistPage(browser, baseUrl()).logIn("gao.peng", DEMO_PASSWORD)
                .openTaskById(review.getId()).claim();
        assertThat(analyst.field("Fact_groupReference").getAttribute("value")).isEqualTo(group);
        // the threshold may fire before all ten are in (3 complaints and a speed drop): the review lists those it saw
        assertThat(analyst.field("Fact_ticketList").getAttribute("value")).containsPattern("^([3-9]|10) tickets\\n")
                .contains(lines.get(0).customerReference());
        analyst.choose("Confirm: one incident, tell everyone affected")
                .type("Input_suspectedCause", "OLT A93-OLT1 lost its uplink")
                .type("Input_estimatedHours", "3");
        browser.screenshot("complaint-group-review");
        analyst.click("Complete");

        await().atMost(STEP).until(() -> "confirmed".equals(jdbc.sql("select state from linecare.complaint_group where id = ?")
                .param(group).query(String.class).single()));
        assertThat(jdbc.sql("select cause from linecare.complaint_group where id = ?").param(group)
                .query(String.class).single()).isEqualTo("OLT A93-OLT1 lost its uplink");
        assertThat(jdbc.sql("select extract(epoch from estimate_at - confirmed_at) / 3600 from linecare.complaint_group"
                + " where id = ?").param(group).query(Double.class).single()).as("hours to the estimate").isEqualTo(3.0);
        await().atMost(STEP).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(group)
                .taskDefinitionKey("Task_RestoreService").count() == 1);
    }

    private Task review(String group) {
        return taskService.createTaskQuery().processInstanceBusinessKey(group).taskDefinitionKey("Task_ReviewGroup")
                .singleResult();
    }
}
