package io.linecare.grouping.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import io.linecare.support.ExternalTaskLock;

/**
 * A fault-repair ticket beside the complaint group, taken just far enough to show what the group's
 * signals do to it: reported (premium, broadband, major), acknowledged, its own repair started (the
 * line test waits). Its external tasks are completed with the outputs of SetPromiseHandler and
 * JoinIncidentHandler.
 */
final class TicketInRepair {

    private static final String WORKER = "process-test";

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final ExternalTaskService externalTasks;
    private final String ticketId;
    private final ProcessInstance instance;

    private TicketInRepair(ProcessEngine engine, String ticketId) {
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
        this.externalTasks = engine.getExternalTaskService();
        this.ticketId = ticketId;
        Map<String, Object> variables = new HashMap<>();
        variables.put("ticketId", ticketId);
        variables.put("customerId", 42L);
        variables.put("customerReference", "CU-000042");
        variables.put("customerName", "Zhang Wei");
        variables.put("tier", "premium");
        variables.put("bigClient", false);
        variables.put("subscriptionId", 4201L);
        variables.put("lineNumber", "021-5550-0142");
        variables.put("serviceType", "broadband");
        variables.put("areaId", ComplaintGroupCase.AREA_ID);
        variables.put("severity", "major");
        variables.put("ticketType", "connectivity");
        variables.put("channel", "web");
        variables.put("description", "No internet since this morning");
        variables.put("incidentReference", null);
        variables.put("incidentResolved", false);
        this.instance = runtime.startProcessInstanceByKey("fault-repair", ticketId, variables);
    }

    /** The ticket is reported and its own repair begins: it waits for the line test. */
    static TicketInRepair reported(ProcessEngine engine, String ticketId) {
        TicketInRepair ticket = new TicketInRepair(engine, ticketId);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Map<String, Object> promise = new HashMap<>();
        promise.put("promisedAt", Date.from(now.plus(Duration.ofHours(16))));
        promise.put("atRiskAt", Date.from(now.plus(Duration.ofMinutes(16 * 48))));
        promise.put("compensationClass", "B");
        promise.put("promiseLabel", "label");
        promise.put("promisePaused", false);
        promise.put("promiseWarned", false);
        promise.put("promiseBroken", false);
        promise.put("repairDone", false);
        promise.put("resolution", "");
        promise.put("reopenCount", 0);
        promise.put("visitCount", 0);
        promise.put("transferCount", 0);
        promise.put("slotRound", 0);
        promise.put("caseHistory", "Reported");
        ticket.complete("Task_SetPromise", promise);
        ticket.complete("Task_SendAcknowledgment", Map.of());
        assertThat(ticket.activeActivities()).containsExactly("Task_DiagnoseLine");
        return ticket;
    }

    /** network.diagnose-line finds an area outage while the analyst reviews {@code groupReference}: it waits for the verdict. */
    TicketInRepair areaOutageUnderReview(String groupReference) {
        Map<String, Object> out = new HashMap<>();
        out.put("lineStatus", "area-outage");
        out.put("remotelyFixable", false);
        out.put("lineTestDetail", "OLT unreachable");
        out.put("groupUnderReview", true);
        out.put("complaintGroupReference", groupReference);
        out.put("transferCount", 1);
        complete("Task_DiagnoseLine", out);
        assertThat(activeActivities()).containsExactly("Gateway_AwaitVerdict");
        return this;
    }

    /** repair.join-incident while the incident lasts: the ticket is held with the incident's estimate. */
    TicketInRepair heldFor(String incidentReference, Instant estimate) {
        Map<String, Object> out = new HashMap<>();
        out.put("incidentReference", incidentReference);
        out.put("incidentResolved", false);
        out.put("promisePaused", false);
        out.put("promisedAt", Date.from(estimate));
        out.put("promiseLabel", "label");
        out.put("caseHistory", "Held");
        complete("Task_JoinIncident", out);
        return this;
    }

    String ticketId() {
        return ticketId;
    }

    ProcessInstance instance() {
        return instance;
    }

    List<String> activeActivities() {
        return runtime.getActiveActivityIds(instance.getId());
    }

    Object var(String name) {
        return runtime.getVariable(instance.getId(), name);
    }

    private void complete(String activityId, Map<String, Object> outputs) {
        externalTasks.complete(ExternalTaskLock.lock(engine, instance.getId(), ticketId, activityId, WORKER).getId(), WORKER,
                outputs);
    }
}
