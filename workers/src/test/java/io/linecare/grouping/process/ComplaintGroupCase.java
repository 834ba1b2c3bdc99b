package io.linecare.grouping.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

import io.linecare.support.ExternalTaskLock;

/**
 * One complaint group driven through the engine the way the workers and the network analysts would
 * drive it, so a process test reads like the story:
 *
 * <pre>
 * ComplaintGroupCase.open(engine).evaluated(complaints(10)).reviewPrepared().analystConfirms(4)
 *         .incidentConfirmed(List.of("FR-2026-000101")).affectedNotified()...
 * </pre>
 *
 * External tasks are fetched and completed through the API (no workers run) with the outputs the real
 * handler gives (the handler classes in io.linecare.grouping.handler named in each step); cluster-threshold,
 * sla-policy and compensation-policy run for real. Every grouping.notify-affected completed is recorded as
 * its input parameters in {@link #notices()}, every grouping.compensate-affected as its in
 * {@link #compensations()}.
 */
final class ComplaintGroupCase {

    static final String PROCESS_KEY = "complaint-group";
    static final String WORKER = "process-test";
    static final String AREA_ID = "A03";
    static final String GROUP_LABEL = "A03 湖滨片区 broadband";
    private static final AtomicInteger GROUPS = new AtomicInteger(100);

    /** What grouping.evaluate-group counts (EvaluateGroupHandler): the five cluster-threshold inputs. */
    record Evaluation(int ticketsInWindow, double shareOfLinesPct, boolean bigClientInvolved,
                      double downloadPctOfMedian, double packetLossPct) {

        /** {@code tickets} complaints from 1 % of the lines, no big client, a healthy network. */
        static Evaluation complaints(int tickets) {
            return new Evaluation(tickets, 1.0, false, 100.0, 0.0);
        }

        Evaluation downloadAt(double pctOfMedian) {
            return new Evaluation(ticketsInWindow, shareOfLinesPct, bigClientInvolved, pctOfMedian, packetLossPct);
        }

        Evaluation packetLoss(double pct) {
            return new Evaluation(ticketsInWindow, shareOfLinesPct, bigClientInvolved, downloadPctOfMedian, pct);
        }

        Evaluation shareOfLines(double pct) {
            return new Evaluation(ticketsInWindow, pct, bigClientInvolved, downloadPctOfMedian, packetLossPct);
        }

        Evaluation withBigClient() {
            return new Evaluation(ticketsInWindow, shareOfLinesPct, true, downloadPctOfMedian, packetLossPct);
        }
    }

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final ExternalTaskService externalTasks;
    private final TaskService tasks;
    private final ManagementService management;
    private final String groupReference;
    private ProcessInstance instance;
    private final List<Map<String, Object>> notices = new ArrayList<>();
    private final List<Map<String, Object>> compensations = new ArrayList<>();

    private ComplaintGroupCase(ProcessEngine engine, String groupReference) {
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
        this.externalTasks = engine.getExternalTaskService();
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
        this.groupReference = groupReference;
    }

    // ------------------------------------------------------------------ detection

    /** The first complaint of an area and service type opens the group (ComplaintGroupStarter). */
    static ComplaintGroupCase open(ProcessEngine engine) {
        ComplaintGroupCase c = new ComplaintGroupCase(engine, String.format("CG-2026-%06d", GROUPS.incrementAndGet()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("groupReference", c.groupReference);
        variables.put("areaId", AREA_ID);
        variables.put("serviceType", "broadband");
        variables.put("groupLabel", GROUP_LABEL);
        c.instance = c.runtime.startProcessInstanceByKey(PROCESS_KEY, c.groupReference, variables);
        return c;
    }

    /** grouping.evaluate-group (EvaluateGroupHandler); cluster-threshold then decides. */
    ComplaintGroupCase evaluated(Evaluation evaluation) {
        Map<String, Object> out = new HashMap<>();
        out.put("ticketsInWindow", evaluation.ticketsInWindow());
        out.put("shareOfLinesPct", evaluation.shareOfLinesPct());
        out.put("bigClientInvolved", evaluation.bigClientInvolved());
        out.put("downloadPctOfMedian", evaluation.downloadPctOfMedian());
        out.put("packetLossPct", evaluation.packetLossPct());
        complete("Task_EvaluateGroup", out);
        return this;
    }

    /** A new ticket joined the group (ComplaintAddedSignal). */
    ComplaintGroupCase complaintAdded() {
        runtime.createSignalEvent("complaint-added-" + groupReference).send();
        return this;
    }

    /** grouping.close-group (CloseGroupHandler) at {@code activityId}, checked to close the group as {@code closeAs}. */
    ComplaintGroupCase closedAs(String activityId, String closeAs) {
        LockedExternalTask task = lock(activityId);
        assertThat(task.getTopicName()).isEqualTo("grouping.close-group");
        assertThat(locals(task)).containsEntry("closeAs", closeAs);
        externalTasks.complete(task.getId(), WORKER, Map.of());
        return this;
    }

    // ------------------------------------------------------------------ the analyst's review

    /** grouping.prepare-review (PrepareReviewHandler): the evidence, and the review due in 30 minutes. */
    ComplaintGroupCase reviewPrepared() {
        @SuppressWarnings("unchecked")
        Map<String, Object> threshold = (Map<String, Object>) var("threshold");
        Map<String, Object> out = new HashMap<>();
        out.put("suspectedReason", threshold.get("reason"));
        out.put("ticketList", "FR-2026-000101 · Zhang Wei · 021-5550-0142 · N-A03-01");
        out.put("accessNodeList", "N-A03-01: 10 of 80 lines complain");
        out.put("measurementTable", "08:00 41 % of median, 0.4 % loss");
        out.put("suspectedCause", "Access node N-A03-01 degraded");
        out.put("reviewDueAt", date(now().plus(Duration.ofMinutes(30))));
        out.put("reviewProblem", "");
        complete("Task_PrepareReview", out);
        return this;
    }

    /** The network analyst's open "Confirm incident" task. */
    Task reviewTask() {
        return userTask("Task_ReviewGroup", "network-analysts");
    }

    /** The analyst confirms an incident, service expected back in {@code estimatedHours}. */
    ComplaintGroupCase analystConfirms(double estimatedHours) {
        return analystDecides(Map.of("analystDecision", "confirm", "estimatedHours", estimatedHours,
                "suspectedCause", "Access node N-A03-01 degraded"));
    }

    ComplaintGroupCase analystRejects() {
        return analystDecides(Map.of("analystDecision", "reject"));
    }

    /** The analyst takes {@code tickets} out of the group (TMF656 problemUngroup). */
    ComplaintGroupCase analystUngroups(String tickets) {
        return analystDecides(Map.of("analystDecision", "ungroup", "ungroupTickets", tickets));
    }

    /** The analyst merges the group into {@code into} (TMF656 problemGroup). */
    ComplaintGroupCase analystMerges(String into) {
        return analystDecides(Map.of("analystDecision", "merge", "mergeInto", into));
    }

    private ComplaintGroupCase analystDecides(Map<String, Object> form) {
        tasks.complete(reviewTask().getId(), form);
        return this;
    }

    /** grouping.ungroup-tickets (UngroupTicketsHandler): the tickets are out; the group counts again. */
    ComplaintGroupCase ticketsTakenOut() {
        complete("Task_UngroupTickets", Map.of("reviewProblem", "", "ungroupTickets", ""));
        return this;
    }

    /** grouping.ungroup-tickets: a named ticket is not in the group (BPMN error Err_CannotUngroup). */
    ComplaintGroupCase cannotUngroup(String why) {
        externalTasks.handleBpmnError(lock("Task_UngroupTickets").getId(), WORKER, "Err_CannotUngroup", why);
        return this;
    }

    /** grouping.merge-group (MergeGroupHandler): the tickets moved into {@code into}. */
    ComplaintGroupCase merged(String into, boolean intoIncident, List<String> ticketsMoved) {
        Map<String, Object> out = new HashMap<>();
        out.put("mergeInto", into);
        out.put("mergedIntoIncident", intoIncident);
        out.put("linkedTickets", new ArrayList<>(ticketsMoved));
        complete("Task_MergeGroup", out);
        return this;
    }

    /** grouping.merge-group: the target cannot take this group (BPMN error Err_CannotMerge). */
    ComplaintGroupCase cannotMerge(String why) {
        externalTasks.handleBpmnError(lock("Task_MergeGroup").getId(), WORKER, "Err_CannotMerge", why);
        return this;
    }

    // ------------------------------------------------------------------ the incident

    /**
     * grouping.confirm-incident (ConfirmIncidentHandler): the group is an incident with the analyst's
     * estimate; {@code linkedTickets} are the tickets whose own repair must hold.
     */
    ComplaintGroupCase incidentConfirmed(List<String> linkedTickets) {
        double hours = ((Number) var("estimatedHours")).doubleValue();
        Map<String, Object> out = new HashMap<>();
        out.put("linkedTickets", new ArrayList<>(linkedTickets));
        out.put("promisedAt", date(now().plus(Duration.ofMinutes(Math.round(hours * 60)))));
        out.put("estimateLabel", "label");
        complete("Task_ConfirmIncident", out);
        return this;
    }

    /** grouping.notify-affected (NotifyAffectedHandler) for the group's own incident: records the inputs. */
    ComplaintGroupCase affectedNotified() {
        return notified("Task_NotifyAffected", Map.of("affectedCustomers", 120));
    }

    /** grouping.notify-affected after a merge into an incident: tells that incident's newly affected customers. */
    ComplaintGroupCase mergedAffectedNotified() {
        return notified("Task_NotifyMergedAffected", Map.of());
    }

    private ComplaintGroupCase notified(String activityId, Map<String, Object> outputs) {
        LockedExternalTask task = lock(activityId);
        assertThat(task.getTopicName()).isEqualTo("grouping.notify-affected");
        notices.add(locals(task));
        externalTasks.complete(task.getId(), WORKER, outputs);
        return this;
    }

    /** The network-analysts' open "Restore service" task. */
    Task restoreTask() {
        return userTask("Task_RestoreService", "network-analysts");
    }

    /** Network operations report the service restored, with its root cause. */
    ComplaintGroupCase serviceRestored(String rootCause) {
        tasks.complete(restoreTask().getId(), Map.of("restoreOutcome", "restored", "rootCause", rootCause));
        return this;
    }

    /** Network operations need longer: service expected back in {@code hours} from now. */
    ComplaintGroupCase newEstimate(double hours) {
        tasks.complete(restoreTask().getId(), Map.of("restoreOutcome", "new-estimate", "newEstimateHours", hours));
        return this;
    }

    /** grouping.revise-estimate (ReviseEstimateHandler). */
    ComplaintGroupCase estimateRevised() {
        double hours = ((Number) var("newEstimateHours")).doubleValue();
        Map<String, Object> out = new HashMap<>();
        out.put("promisedAt", date(now().plus(Duration.ofMinutes(Math.round(hours * 60)))));
        out.put("estimateLabel", "label");
        out.put("restoreOutcome", "");
        complete("Task_ReviseEstimate", out);
        return this;
    }

    /**
     * grouping.resolve-incident (ResolveIncidentHandler): the outage lasted {@code outageHours}; the
     * affected customers fall into {@code segments} ({tier, bigClient} each).
     */
    ComplaintGroupCase incidentResolved(double outageHours, List<Map<String, Object>> segments) {
        List<Map<String, Object>> value = new ArrayList<>();
        for (Map<String, Object> segment : segments) {
            value.add(new HashMap<>(segment));
        }
        Map<String, Object> out = new HashMap<>();
        out.put("outageHours", outageHours);
        out.put("segments", value);
        complete("Task_ResolveIncident", out);
        return this;
    }

    /**
     * grouping.compensate-affected (CompensateAffectedHandler) of the segment now due: records what the
     * handler reads (tier and bigClient of the segment, its input parameters).
     */
    ComplaintGroupCase segmentCompensated() {
        LockedExternalTask task = lock("Task_CompensateAffected");
        assertThat(task.getTopicName()).isEqualTo("grouping.compensate-affected");
        Map<String, Object> seen = new HashMap<>(locals(task));
        Map<String, Object> all = runtime.getVariables(task.getExecutionId());
        seen.put("tier", all.get("tier"));
        seen.put("bigClient", all.get("bigClient"));
        compensations.add(seen);
        externalTasks.complete(task.getId(), WORKER, Map.of("customersCredited", 40));
        return this;
    }

    /** grouping.write-report (WriteReportHandler). */
    ComplaintGroupCase reportWritten() {
        complete("Task_WriteReport", Map.of("notifiedBeforeCallPct", 92.5, "compensationTotal", 20000.0));
        return this;
    }

    // ------------------------------------------------------------------ time

    /** Moves the clock to the due date of the timer at {@code activityId} (never back) and runs it. */
    ComplaintGroupCase whenDue(String activityId) {
        Job job = timer(activityId);
        if (job.getDuedate().toInstant().isAfter(now())) {
            ClockUtil.setCurrentTime(job.getDuedate());
        }
        management.executeJob(job.getId());
        return this;
    }

    /** The one timer job waiting at {@code activityId}. */
    Job timer(String activityId) {
        List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list();
        assertThat(jobs).as("timers at %s", activityId).hasSize(1);
        return jobs.get(0);
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    // ------------------------------------------------------------------ what happened

    ProcessInstance instance() {
        return instance;
    }

    String groupReference() {
        return groupReference;
    }

    /** The input parameters of every grouping.notify-affected completed, in order. */
    List<Map<String, Object>> notices() {
        return notices;
    }

    /** What every grouping.compensate-affected completed was given, in order. */
    List<Map<String, Object>> compensations() {
        return compensations;
    }

    /** A variable of the group's process instance, from history once it has ended. */
    Object var(String name) {
        if (runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
            return runtime.getVariable(instance.getId(), name);
        }
        HistoricVariableInstance historic = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return historic == null ? null : historic.getValue();
    }

    // ------------------------------------------------------------------ plumbing

    private void complete(String activityId, Map<String, Object> outputs) {
        externalTasks.complete(lock(activityId).getId(), WORKER, outputs);
    }

    private static Map<String, Object> locals(LockedExternalTask task) {
        return new HashMap<>(task.getVariables());
    }

    private LockedExternalTask lock(String activityId) {
        return ExternalTaskLock.lock(engine, instance.getId(), groupReference, activityId, WORKER);
    }

    /** The one open user task {@code taskDefinitionKey}, checked to be offered to {@code candidateGroup}. */
    private Task userTask(String taskDefinitionKey, String candidateGroup) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskDefinitionKey).list();
        if (open.size() != 1) {
            fail("Expected one user task " + taskDefinitionKey + ", but the group waits at "
                    + runtime.getActiveActivityIds(instance.getId()));
        }
        Task task = open.get(0);
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(g -> g != null).collect(Collectors.toList());
        assertThat(groups).containsExactly(candidateGroup);
        return task;
    }

    static Date date(Instant instant) {
        return Date.from(instant);
    }
}
