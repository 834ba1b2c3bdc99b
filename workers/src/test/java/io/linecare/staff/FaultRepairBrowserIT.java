package io.linecare.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.support.BrowserIntegrationTest;
import io.linecare.support.Http;

/**
 * Dispatch and the technician do their fault-repair work in the real Tasklist (Chromium), through the
 * Camunda Forms: the dispatcher agrees the visit time by phone, the technician reports the visit.
 * Each step is checked in the engine, and every form is saved as a screenshot.
 */
class FaultRepairBrowserIT extends BrowserIntegrationTest {

    private static final Duration STEP = Duration.ofSeconds(60);

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void dispatchAgreesTheVisitTimeAndTheTechnicianReportsTheVisit() {
        Map<String, Object> customer = jdbc.sql("""
                select c.reference, c.full_name, s.line_number from linecare.customer c
                  join linecare.subscription s on s.customer_id = c.id and s.status = 'active' and s.service_type = 'broadband'
                  join linecare.line_condition l on l.subscription_id = s.id
                 where c.tier = 'standard' and l.status in ('line-fault', 'cpe-fault') and not l.remotely_fixable
                   and not exists (select 1 from linecare.trouble_ticket t where t.customer_id = c.id)
                 order by c.id desc limit 1""").query().singleRow();
        String ticketId = openTicket((String) customer.get("reference"), (String) customer.get("line_number"));
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ticketId)
                .singleResult().getId();
        // nobody picks a slot on the status page for 24 h: dispatch has to call
        Job noPick = await().atMost(STEP).until(() -> managementService.createJobQuery().processInstanceId(instanceId)
                .activityId("Event_NoSlotPicked").singleResult(), job -> job != null);
        managementService.executeJob(noPick.getId());
        String name = customer.get("full_name") + ", " + ticketId;

        TasklistPage dispatch = new TasklistPage(browser, baseUrl()).logIn("zhao.lei", DEMO_PASSWORD)
                .openTask("Agree visit time — " + name).claim();
        assertThat(dispatch.field("Fact_ticketId").getAttribute("value")).isEqualTo(ticketId);
        assertThat(dispatch.field("Fact_offeredSlotsText").getAttribute("value")).startsWith("1) ");
        dispatch.choose("Slot 1");
        browser.screenshot("fault-repair-agree-visit-time");
        dispatch.click("Complete");

        await().atMost(STEP).until(() -> taskService.createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey("Task_Visit").count() == 1);
        assertThat(jdbc.sql("select count(*) from linecare.appointment_booking where case_reference = ? and status = 'confirmed'")
                .param(ticketId).query(Long.class).single()).isEqualTo(1);

        TasklistPage technician = new TasklistPage(browser, baseUrl()).logIn("chen.jie", DEMO_PASSWORD)
                .openTask("Visit — " + name).claim()
                .choose("I arrived at the customer's premises")
                .pick("Input_faultCause", "Line damage")
                .choose("Fixed")
                .type("Input_partsUsed", "2 m drop cable")
                .type("Input_visitNotes", "Replaced the damaged drop cable; ONT receive power now -18 dBm.");
        browser.screenshot("fault-repair-technician-visit");
        technician.click("Complete");

        await().atMost(STEP).until(() -> runtimeService.createEventSubscriptionQuery().processInstanceId(instanceId)
                .eventType("message").eventName("Msg_FixConfirmed").count() == 1);
        assertThat(runtimeService.getVariable(instanceId, "visitOutcome")).isEqualTo("resolved");
        assertThat(runtimeService.getVariable(instanceId, "faultCause")).isEqualTo("line-damage");
        assertThat(runtimeService.getVariable(instanceId, "arrived")).isEqualTo(true);
        assertThat(runtimeService.getVariable(instanceId, "visitCount")).as("the facts came back unchanged as numbers")
                .isEqualTo(1);
    }

    private String openTicket(String customerReference, String lineNumber) {
        Map<?, ?> created = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).post()
                .uri("/tmf-api/troubleTicket/v4/troubleTicket").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "No internet", "description", "No connection since this morning",
                        "severity", "major", "ticketType", "connectivity", "channel", Map.of("name", "phone"),
                        "relatedParty", List.of(Map.of("id", customerReference, "role", "customer",
                                "@referredType", "Customer")),
                        "relatedEntity", List.of(Map.of("id", lineNumber, "role", "affectedLine",
                                "@referredType", "Service"))))
                .retrieve().body(Map.class);
        return (String) created.get("id");
    }
}
