package io.linecare.repair.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * One fault-repair case driven through the engine the way the workers, the status page and staff
 * would drive it, so a process test reads like the story:
 *
 * <pre>
 * FaultRepairCase.reportFault(engine, PREMIUM_MAJOR).lineTestSays(LINE_FAULT).offerSlots(KEEP_PROMISE)
 *         .customerPicks("slot-1").visitBooked().technicianReports("resolved")...
 * </pre>
 *
 * External tasks are fetched and completed through the API (no workers run) with the outputs the real
 * handler gives (see the handler classes named in each step). Every {@code communication.send-message}
 * completed is recorded as {@code "<activity id>: <messageType>"} in {@link #messagesSent()}, every
 * {@code billing.apply-credit} as its input parameters in {@link #creditsApplied()}.
 *
 * <p>Time only moves when a step says so ({@link #after(Duration)}, {@link #whenDue(String)}); timers are
 * jobs run by hand (the job executor is off).
 */
final class FaultRepairCase {

    static final String PROCESS_KEY = "fault-repair";
    static final String WORKER = "process-test";
    private static final AtomicInteger TICKETS = new AtomicInteger(100);

    /** The four sla-policy inputs of a customer and fault. */
    record Customer(String tier, String serviceType, String severity, boolean bigClient) {
    }

    /** premium, broadband, major: sla-policy gives 16 h to restore, compensation class B. */
    static final Customer PREMIUM_MAJOR = new Customer("premium", "broadband", "major", false);
    /** standard, voip, critical: 12 h, class C. */
    static final Customer STANDARD_VOICE_DOWN = new Customer("standard", "voip", "critical", false);

    /** What network.diagnose-line reports. */
    enum LineTest {
        REMOTELY_FIXABLE("line-fault", true), LINE_FAULT("line-fault", false), CPE_FAULT("cpe-fault", false),
        AREA_OUTAGE("area-outage", false);

        final String status;
        final boolean remotelyFixable;

        LineTest(String status, boolean remotelyFixable) {
            this.status = status;
            this.remotelyFixable = remotelyFixable;
        }
    }

    /** Whether workforce.propose-slots found a window that ends before the promise. */
    enum Slots { KEEP_PROMISE, TOO_LATE }

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final ExternalTaskService externalTasks;
    private final TaskService tasks;
    private final ManagementService management;
    private final String ticketId;
    private ProcessInstance instance;
    private final List<String> sent = new ArrayList<>();
    private final List<Map<String, Object>> credits = new ArrayList<>();
    private int bookings;
    private String incidentAtIntake;

    private FaultRepairCase(ProcessEngine engine, String ticketId) {
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
        this.externalTasks = engine.getExternalTaskService();
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
        this.ticketId = ticketId;
    }

    // ------------------------------------------------------------------ intake

    /** The ticket is opened: sla-policy decides, repair.set-promise sets the promise, the customer is told. */
    static FaultRepairCase reportFault(ProcessEngine engine, Customer customer) {
        FaultRepairCase c = new FaultRepairCase(engine, String.format("FR-2026-%06d", TICKETS.incrementAndGet()));
        return c.start(customer).setPromise().send("Task_SendAcknowledgment", "ticket-acknowledged");
    }

    private FaultRepairCase start(Customer customer) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("ticketId", ticketId);
        variables.put("customerId", 42L);
        variables.put("customerReference", "CU-000042");
        variables.put("customerName", "Zhang Wei");
        variables.put("tier", customer.tier());
        variables.put("bigClient", customer.bigClient());
        variables.put("subscriptionId", 4201L);
        variables.put("lineNumber", "021-5550-0142");
        variables.put("serviceType", customer.serviceType());
        variables.put("areaId", "SH-PD-01");
        variables.put("severity", customer.severity());
        variables.put("ticketType", "connectivity");
        variables.put("channel", "web");
        variables.put("description", "No internet since this morning");
        variables.put("incidentReference", incidentAtIntake);
        variables.put("incidentResolved", false);
        instance = runtime.startProcessInstanceByKey(PROCESS_KEY, ticketId, variables);
        return this;
    }

    /**
     * The ticket is opened while its area and service have a confirmed incident (CamundaFaultRepairStarter
     * sets {@code incidentReference}): sla-policy, the promise, then repair.join-incident takes the incident's
     * {@code estimate} as the promise before the acknowledgment names it.
     */
    static FaultRepairCase reportFaultDuringIncident(ProcessEngine engine, Customer customer, String incidentReference,
                                                     Instant estimate) {
        FaultRepairCase c = new FaultRepairCase(engine, String.format("FR-2026-%06d", TICKETS.incrementAndGet()));
        c.incidentAtIntake = incidentReference;
        c.start(customer).setPromise();
        c.complete("Task_JoinIncidentAtIntake", heldOutputs(incidentReference, estimate));
        return c.send("Task_SendAcknowledgment", "ticket-acknowledged");
    }

    /**
     * Like {@link #reportFaultDuringIncident}, but the incident was resolved at {@code restoredAt} before the
     * ticket joined it: repair.join-incident answers so, with a fresh promise from the restoration.
     */
    static FaultRepairCase reportFaultAfterIncident(ProcessEngine engine, Customer customer, String incidentReference,
                                                    Instant restoredAt) {
        FaultRepairCase c = new FaultRepairCase(engine, String.format("FR-2026-%06d", TICKETS.incrementAndGet()));
        c.incidentAtIntake = incidentReference;
        c.start(customer).setPromise();
        c.complete("Task_JoinIncidentAtIntake", c.releasedOutputs(incidentReference, restoredAt));
        return c.send("Task_SendAcknowledgment", "ticket-acknowledged");
    }

    /** repair.set-promise (SetPromiseHandler), on a 24x7 calendar: promise = now + restoreHours, at risk at 80 %. */
    private FaultRepairCase setPromise() {
        @SuppressWarnings("unchecked")
        Map<String, Object> sla = (Map<String, Object>) var("sla");
        assertThat(sla).as("sla-policy result").containsKeys("restoreHours", "compensationClass");
        long restoreMinutes = ((Number) sla.get("restoreHours")).longValue() * 60;
        Map<String, Object> out = new HashMap<>();
        out.put("promisedAt", date(now().plus(Duration.ofMinutes(restoreMinutes))));
        out.put("atRiskAt", date(now().plus(Duration.ofMinutes(restoreMinutes * 8 / 10))));
        out.put("compensationClass", sla.get("compensationClass"));
        out.put("promiseLabel", "label");
        out.put("promisePaused", false);
        out.put("promiseWarned", false);
        out.put("promiseBroken", false);
        out.put("repairDone", false);
        out.put("resolution", "");
        out.put("reopenCount", 0);
        out.put("visitCount", 0);
        out.put("transferCount", 0);
        out.put("slotRound", 0);
        out.put("caseHistory", "Reported");
        complete("Task_SetPromise", out);
        return this;
    }

    // ------------------------------------------------------------------ diagnosis and remote fix

    /** network.diagnose-line (DiagnoseLineHandler). */
    FaultRepairCase lineTestSays(LineTest result) {
        return lineTestSays(result, null);
    }

    /**
     * network.diagnose-line when the ticket's complaint group {@code underReview} is a suspected incident an
     * analyst is reviewing (null: the ticket is in no group under review).
     */
    FaultRepairCase lineTestSays(LineTest result, String underReview) {
        Map<String, Object> out = new HashMap<>();
        out.put("lineStatus", result.status);
        out.put("remotelyFixable", result.remotelyFixable);
        out.put("lineTestDetail", "SNR 3 dB");
        out.put("groupUnderReview", result == LineTest.AREA_OUTAGE && underReview != null);
        out.put("complaintGroupReference", underReview == null ? "" : underReview);
        if (result == LineTest.AREA_OUTAGE) {
            out.put("transferCount", intVar("transferCount") + 1);
        }
        complete("Task_DiagnoseLine", out);
        return this;
    }

    /** network.diagnose-line finds the ticket's group already confirmed as an incident (BPMN error Err_PartOfIncident). */
    FaultRepairCase lineTestFindsConfirmedIncident() {
        LockedExternalTask task = lock("Task_DiagnoseLine");
        externalTasks.handleBpmnError(task.getId(), WORKER, "Err_PartOfIncident", ticketId + " is part of incident CG-1");
        return this;
    }

    /** complaint-group rejected the group the ticket waits on (signal complaint-group-released-<CG>). */
    FaultRepairCase groupReleased(String groupReference) {
        runtime.createSignalEvent("complaint-group-released-" + groupReference).send();
        return this;
    }

    /** network.fix-remotely (FixRemotelyHandler). */
    FaultRepairCase remoteFix(boolean lineOkAfterwards) {
        complete("Task_FixRemotely", Map.of("resolution", lineOkAfterwards ? "remote" : "",
                "fixSummary", "Port reset on the access node."));
        return this;
    }

    // ------------------------------------------------------------------ scheduling

    /**
     * workforce.propose-slots (ProposeSlotsHandler), the warning when no slot keeps the promise, the offer,
     * and repair.pause-promise (PausePromiseHandler): the case then waits for the customer's pick.
     */
    FaultRepairCase offerSlots(Slots slots) {
        int round = intVar("slotRound") + 1;
        Instant promisedAt = instantVar("promisedAt");
        Instant earliestEnd = slots == Slots.KEEP_PROMISE ? now().plus(Duration.ofHours(4))
                : promisedAt.plus(Duration.ofHours(20));
        Map<String, Object> out = new HashMap<>();
        out.put("offeredSlots", "[{\"id\":\"slot-1\",\"start\":\"" + earliestEnd.minus(Duration.ofHours(2))
                + "\",\"end\":\"" + earliestEnd + "\",\"technicianName\":\"Li Lei\"},"
                + "{\"id\":\"slot-2\",\"start\":\"" + earliestEnd + "\",\"end\":\"" + earliestEnd.plus(Duration.ofHours(2))
                + "\",\"technicianName\":\"Li Lei\"},"
                + "{\"id\":\"slot-3\",\"start\":\"" + earliestEnd.plus(Duration.ofDays(1)) + "\",\"end\":\""
                + earliestEnd.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)) + "\",\"technicianName\":\"Han Mei\"}]");
        out.put("offeredSlotsText", "1) ...\n2) ...\n3) ...");
        out.put("slotsKeepPromise", slots == Slots.KEEP_PROMISE);
        out.put("earliestVisitEnd", date(earliestEnd));
        out.put("slotsHeldUntil", date(now().plus(Duration.ofHours(24))));
        out.put("slotRound", round);
        out.put("pickedSlotId", null);
        out.put("slotChoice", null);
        complete("Task_ProposeSlots", out);
        if (slots == Slots.TOO_LATE) {
            Map<String, Object> warning = send("Task_SendLateSlots", "promise-at-risk").lastLocals;
            assertThat(warning).containsEntry("purpose", "late-slots-" + round)
                    .containsEntry("estimatedAt", date(earliestEnd));
        }
        Map<String, Object> offer = send("Task_SendSlotsOffered", "slots-offered").lastLocals;
        assertThat(offer).containsEntry("purpose", "slots-offered-" + round)
                .containsEntry("promisedAt", var("slotsHeldUntil"))
                .containsEntry("slots", var("offeredSlots"));
        Map<String, Object> pause = new HashMap<>();
        if (!boolVar("promisePaused")) {
            pause.put("promisePaused", true);
            pause.put("pausedAt", date(now()));
        }
        complete("Task_PausePromise", pause);
        return this;
    }

    /** The customer picks a slot on the status page (Msg_SlotPicked); the promise clock resumes. */
    FaultRepairCase customerPicks(String slotId) {
        runtime.createMessageCorrelation("Msg_SlotPicked").processInstanceBusinessKey(ticketId)
                .setVariable("pickedSlotId", slotId).correlateWithResult();
        return resumePromise();
    }

    /** Nobody picked for 24 h: the timer fires and dispatch gets "Agree visit time". */
    FaultRepairCase noPickWithin24h() {
        return whenDue("Event_NoSlotPicked");
    }

    /** The dispatcher completes "Agree visit time" with a slot number, "new-slots" or "unreachable". */
    FaultRepairCase dispatcherAnswers(String slotChoice) {
        Task task = userTask("Task_AgreeVisitTime", "dispatch");
        assertThat(task.getName()).isEqualTo("Agree visit time — Zhang Wei, " + ticketId);
        assertThat(task.getDueDate()).as("dispatch calls within 2 h of the task")
                .isEqualTo(date(task.getCreateTime().toInstant().plus(Duration.ofHours(2))));
        tasks.complete(task.getId(), Map.of("slotChoice", slotChoice));
        if (slotChoice.equals("new-slots") || slotChoice.equals("unreachable")) {
            return this;
        }
        return resumePromise();
    }

    /** repair.resume-promise (ResumePromiseHandler): promise and at-risk time move by the time we waited. */
    private FaultRepairCase resumePromise() {
        // promisePaused first: the conditional events on it must still see the moved times
        Map<String, Object> out = new LinkedHashMap<>();
        if (boolVar("promisePaused")) {
            Duration paused = Duration.between(instantVar("pausedAt"), now());
            if (paused.isNegative()) {
                paused = Duration.ZERO;
            }
            out.put("promisePaused", false);
            out.put("promisedAt", date(instantVar("promisedAt").plus(paused)));
            out.put("atRiskAt", date(instantVar("atRiskAt").plus(paused)));
            out.put("promiseLabel", "label");
            out.put("caseHistory", "Resumed");
        }
        complete("Task_ResumePromise", out);
        return this;
    }

    /** workforce.book-appointment books a 2-hour window starting in 4 hours. */
    FaultRepairCase visitBooked() {
        return visitBookedAt(now().plus(Duration.ofHours(4)));
    }

    /** workforce.book-appointment (BookAppointmentHandler, VisitVariables) books a window from {@code start}. */
    FaultRepairCase visitBookedAt(Instant start) {
        String id = "A-" + (++bookings);
        complete("Task_BookAppointment", visitVariables(id, start));
        Map<String, Object> confirmation = send("Task_SendAppointmentConfirmed", "appointment-confirmed").lastLocals;
        assertThat(confirmation).containsEntry("purpose", "appointment-" + id);
        return this;
    }

    private Map<String, Object> visitVariables(String appointmentId, Instant start) {
        Instant end = start.plus(Duration.ofHours(2));
        Instant reminderAt = start.minus(Duration.ofDays(1));
        Map<String, Object> out = new HashMap<>();
        out.put("appointmentId", appointmentId);
        out.put("appointmentWindow", start + "/" + end);
        out.put("appointmentWindowText", "window · Li Lei");
        out.put("appointmentStart", date(start));
        out.put("appointmentEnd", date(end));
        out.put("noShowAt", date(end.plus(Duration.ofMinutes(30))));
        boolean useful = reminderAt.isAfter(now().plus(Duration.ofHours(6)));
        out.put("reminderAt", date(useful ? reminderAt : end.plus(Duration.ofMinutes(30)).plus(Duration.ofDays(1))));
        out.put("reminderUseful", useful);
        out.put("technicianName", "Li Lei");
        return out;
    }

    /** workforce.book-appointment: someone else booked the window first (BPMN error Err_SlotTaken). */
    FaultRepairCase slotTaken() {
        LockedExternalTask task = lock("Task_BookAppointment");
        externalTasks.handleBpmnError(task.getId(), WORKER, "Err_SlotTaken", "Window of slot-1 already booked");
        return this;
    }

    // ------------------------------------------------------------------ the visit

    /** The technician completes "Visit" (field-tech) with an outcome; workforce.complete-visit records it. */
    FaultRepairCase technicianReports(String visitOutcome) {
        Task task = userTask("Task_Visit", "field-tech");
        assertThat(task.getName()).isEqualTo("Visit — Zhang Wei, " + ticketId);
        assertThat(task.getDueDate()).isEqualTo(var("appointmentEnd"));
        tasks.complete(task.getId(), Map.of("arrived", true, "faultCause", "corroded-connector",
                "visitOutcome", visitOutcome, "visitNotes", "Replaced the wall socket"));
        int visitCount = intVar("visitCount") + 1;
        Map<String, Object> out = new HashMap<>();
        out.put("visitCount", visitCount);
        out.put("resolution", visitOutcome.equals("resolved") ? "visit" : "");
        if (visitOutcome.equals("network-work")) {
            out.put("transferCount", intVar("transferCount") + 1);
        }
        out.put("caseHistory", "Visit " + visitCount);
        complete("Task_CompleteVisit", out);
        return this;
    }

    /** The visit window ended half an hour ago and nobody came: the no-show timer fires. */
    FaultRepairCase technicianDoesNotCome() {
        return whenDue("Event_TechnicianNoShow");
    }

    /** workforce.rebook-after-no-show (RebookAfterNoShowHandler): first in line, a window from {@code start}. */
    FaultRepairCase rebookedFirstInLineAt(Instant start) {
        String missedId = (String) var("appointmentId");
        Date missedEnd = (Date) var("appointmentEnd");
        String id = "A-" + (++bookings);
        Map<String, Object> out = visitVariables(id, start);
        out.put("missedAppointmentId", missedId);
        out.put("missedAppointmentEnd", missedEnd);
        out.put("hoursLate", hours(Duration.between(missedEnd.toInstant(), start.plus(Duration.ofHours(2)))));
        out.put("caseHistory", "Rebooked");
        complete("Task_RebookAfterNoShow", out);
        return this;
    }

    /** The day-before timer of the visit fires; the reminder goes out if the flow decides to send one. */
    FaultRepairCase reminderTimerFires() {
        whenDue("Event_VisitReminder");
        if (externalTasks.createExternalTaskQuery().processInstanceId(instance.getId())
                .activityId("Task_SendReminder").count() > 0) {
            send("Task_SendReminder", "appointment-reminder");
        }
        return this;
    }

    // ------------------------------------------------------------------ network work

    /** network-analysts complete "Network work"; network.record-network-work records it. */
    FaultRepairCase networkWorkDone() {
        Task task = userTask("Task_NetworkWork", "network-analysts");
        assertThat(task.getName()).isEqualTo("Network work — Zhang Wei, " + ticketId);
        assertThat(task.getDueDate()).isNotNull();
        tasks.complete(task.getId(), Map.of("rootCause", "Fibre cut at cabinet 12", "networkWorkDone", "Spliced"));
        complete("Task_RecordNetworkWork", Map.of("resolution", "network", "caseHistory", "Network work"));
        return this;
    }

    // ------------------------------------------------------------------ promise keeping

    /** repair.estimate-restoration, the "running late" message and the dispatch task, after the at-risk timer. */
    FaultRepairCase customerWarnedRunningLate() {
        Instant estimate = instantVar("promisedAt").plus(Duration.ofHours(4));
        complete("Task_EstimateRestoration", Map.of("estimatedAt", date(estimate), "estimateLabel", "label",
                "promiseWarned", true, "caseHistory", "Warned"));
        Map<String, Object> locals = send("Task_SendPromiseAtRisk", "promise-at-risk").lastLocals;
        assertThat(locals).containsEntry("urgent", true);
        Task review = userTask("Task_ReviewPromiseAtRisk", "dispatch");
        assertThat(review.getName()).isEqualTo("Promise at risk — Zhang Wei, " + ticketId);
        assertThat(review.getDueDate()).isEqualTo(var("promisedAt"));
        return this;
    }

    /** The dispatch lead completes "Promise at risk". */
    FaultRepairCase dispatchReviewsPromiseAtRisk() {
        tasks.complete(userTask("Task_ReviewPromiseAtRisk", "dispatch").getId(),
                Map.of("atRiskAction", "expedite"));
        return this;
    }

    /** repair.revise-promise (RevisePromiseHandler): the new promise lies {@code late} beyond the missed one. */
    FaultRepairCase promiseRevised(Duration late) {
        Instant missed = instantVar("promisedAt");
        complete("Task_RevisePromise", Map.of("missedPromise", date(missed), "promisedAt", date(missed.plus(late)),
                "promiseLabel", "label", "hoursLate", hours(late), "promiseBroken", true, "caseHistory", "Revised"));
        return this;
    }

    /**
     * billing.apply-credit (ApplyCreditHandler) at {@code activityId}: records its input parameters and gives
     * {@code creditedAmount}, the money actually credited (free days converted).
     */
    FaultRepairCase creditApplied(String activityId, double creditedAmount) {
        LockedExternalTask task = lock(activityId);
        assertThat(task.getTopicName()).isEqualTo("billing.apply-credit");
        credits.add(new HashMap<>(task.getVariables()));
        externalTasks.complete(task.getId(), WORKER,
                Map.of("creditedAmount", creditedAmount, "creditOutcome", "applied"));
        return this;
    }

    /** The apology after a no-show, naming the credit and the new visit. */
    FaultRepairCase apologyForNoShow() {
        return send("Task_SendNoShowApology", "apology-compensation");
    }

    /** The apology after a broken promise, naming the credit. */
    FaultRepairCase apologyForBrokenPromise() {
        return send("Task_SendApology", "apology-compensation");
    }

    // ------------------------------------------------------------------ network incidents

    /** complaint-group confirmed an incident that holds this ticket (signal incident-confirmed-<ticket>). */
    FaultRepairCase incidentConfirmed() {
        runtime.createSignalEvent("incident-confirmed-" + ticketId).send();
        return this;
    }

    /** complaint-group resolved the ticket's incident (signal incident-resolved-<incident>). */
    FaultRepairCase incidentResolved() {
        runtime.createSignalEvent("incident-resolved-" + var("incidentReference")).send();
        return this;
    }

    /** repair.join-incident (JoinIncidentHandler) while the incident lasts: held, the incident's estimate as promise. */
    FaultRepairCase heldFor(String incidentReference, Instant estimate) {
        complete("Task_JoinIncident", heldOutputs(incidentReference, estimate));
        return this;
    }

    /**
     * repair.join-incident once the incident was resolved at {@code restoredAt}: resolution "network" and a
     * fresh promise from the restoration (24x7 calendar here), in case the fault outlives the incident.
     */
    FaultRepairCase releasedFromIncident(Instant restoredAt) {
        complete("Task_JoinIncident", releasedOutputs((String) var("incidentReference"), restoredAt));
        return this;
    }

    private static Map<String, Object> heldOutputs(String incidentReference, Instant estimate) {
        Map<String, Object> out = new HashMap<>();
        out.put("incidentReference", incidentReference);
        out.put("incidentResolved", false);
        out.put("promisePaused", false);
        out.put("promisedAt", date(estimate));
        out.put("promiseLabel", "label");
        out.put("caseHistory", "Held for " + incidentReference);
        return out;
    }

    private Map<String, Object> releasedOutputs(String incidentReference, Instant restoredAt) {
        @SuppressWarnings("unchecked")
        Map<String, Object> sla = (Map<String, Object>) var("sla");
        long restoreMinutes = ((Number) sla.get("restoreHours")).longValue() * 60;
        Map<String, Object> out = new HashMap<>();
        out.put("incidentReference", incidentReference);
        out.put("incidentResolved", true);
        out.put("promisePaused", false);
        out.put("resolution", "network");
        out.put("promisedAt", date(restoredAt.plus(Duration.ofMinutes(restoreMinutes))));
        out.put("atRiskAt", date(restoredAt.plus(Duration.ofMinutes(restoreMinutes * 8 / 10))));
        out.put("promiseLabel", "label");
        out.put("promiseWarned", false);
        out.put("promiseBroken", false);
        out.put("caseHistory", "Incident " + incidentReference + " resolved");
        return out;
    }

    // ------------------------------------------------------------------ closing

    /**
     * repair.resolve-ticket (ResolveTicketHandler): the customer has 72 h to say it is not fixed; then the
     * message the flow sends (remote-fix-done after a remote fix, resolved-please-confirm otherwise).
     */
    FaultRepairCase resolved() {
        complete("Task_ResolveTicket", Map.of("repairDone", true,
                "confirmBy", date(now().plus(Duration.ofHours(72))), "caseHistory", "Resolved"));
        boolean remote = externalTasks.createExternalTaskQuery().processInstanceId(instance.getId())
                .activityId("Task_SendRemoteFixDone").count() > 0;
        if (remote) {
            send("Task_SendRemoteFixDone", "remote-fix-done");
        } else {
            send("Task_SendPleaseConfirm", "resolved-please-confirm");
        }
        assertThat(lastLocals).containsEntry("promisedAt", var("confirmBy"));
        return this;
    }

    /** The customer answers on the status page (Msg_FixConfirmed). */
    FaultRepairCase customerConfirms(boolean fixWorked, int satisfactionScore) {
        runtime.createMessageCorrelation("Msg_FixConfirmed").processInstanceBusinessKey(ticketId)
                .setVariable("fixWorked", fixWorked).setVariable("satisfactionScore", satisfactionScore)
                .setVariable("customerComment", fixWorked ? "Works, thanks" : "Still drops every hour")
                .correlateWithResult();
        return this;
    }

    /** repair.reopen-ticket (ReopenTicketHandler). */
    FaultRepairCase reopened() {
        Map<String, Object> out = new HashMap<>();
        out.put("reopenCount", intVar("reopenCount") + 1);
        out.put("repairDone", false);
        out.put("resolution", "");
        out.put("fixWorked", null);
        out.put("caseHistory", "Reopened");
        complete("Task_ReopenTicket", out);
        return this;
    }

    /** repair.close-ticket (CloseTicketHandler). */
    FaultRepairCase closed() {
        Object fixWorked = var("fixWorked");
        complete("Task_CloseTicket", Map.of("closedAutomatically", !Boolean.TRUE.equals(fixWorked)));
        return this;
    }

    // ------------------------------------------------------------------ time

    /** Moves the clock on by {@code duration}. */
    FaultRepairCase after(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(now().plus(duration)));
        return this;
    }

    /** Moves the clock to the due date of the timer at {@code activityId} (never back) and runs it. */
    FaultRepairCase whenDue(String activityId) {
        Job job = timer(activityId);
        if (job.getDuedate().toInstant().isAfter(now())) {
            ClockUtil.setCurrentTime(job.getDuedate());
        }
        management.executeJob(job.getId());
        return this;
    }

    /** Moves the clock to {@code instant}, running every timer that falls due on the way, in due order. */
    FaultRepairCase until(Instant instant) {
        while (true) {
            List<Job> due = management.createJobQuery().processInstanceId(instance.getId())
                    .duedateLowerThan(date(instant.plusMillis(1))).orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                break;
            }
            if (due.get(0).getDuedate().toInstant().isAfter(now())) {
                ClockUtil.setCurrentTime(due.get(0).getDuedate());
            }
            management.executeJob(due.get(0).getId());
        }
        ClockUtil.setCurrentTime(date(instant));
        return this;
    }

    /** The one timer job waiting at {@code activityId}. */
    Job timer(String activityId) {
        List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list();
        assertThat(jobs).as("timers at %s", activityId).hasSize(1);
        return jobs.get(0);
    }

    /** All jobs of the case, by activity id. */
    List<String> timers() {
        return management.createJobQuery().processInstanceId(instance.getId()).list().stream()
                .map(job -> management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                        .singleResult().getActivityId()).sorted().collect(Collectors.toList());
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    // ------------------------------------------------------------------ what happened

    ProcessInstance instance() {
        return instance;
    }

    String ticketId() {
        return ticketId;
    }

    /** "activity id: messageType" of every message sent, in order. */
    List<String> messagesSent() {
        return sent;
    }

    /** The local variables (input parameters) of the last message sent. */
    Map<String, Object> lastMessage() {
        return lastLocals;
    }

    /** The input parameters of every billing.apply-credit completed, in order. */
    List<Map<String, Object>> creditsApplied() {
        return credits;
    }

    /** A variable of the case, from history once it has ended. */
    Object var(String name) {
        if (runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
            return runtime.getVariable(instance.getId(), name);
        }
        HistoricVariableInstance historic = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return historic == null ? null : historic.getValue();
    }

    Instant instantVar(String name) {
        return ((Date) var(name)).toInstant();
    }

    private int intVar(String name) {
        Object value = var(name);
        return value == null ? 0 : (Integer) value;
    }

    private boolean boolVar(String name) {
        return Boolean.TRUE.equals(var(name));
    }

    // ------------------------------------------------------------------ plumbing

    private Map<String, Object> lastLocals = Map.of();

    /** Completes the communication.send-message task at {@code activityId}, asserting its messageType. */
    private FaultRepairCase send(String activityId, String messageType) {
        LockedExternalTask task = lock(activityId);
        assertThat(task.getTopicName()).isEqualTo("communication.send-message");
        assertThat(task.getVariables()).as("local inputs of %s", activityId).containsEntry("messageType", messageType);
        sent.add(activityId + ": " + messageType);
        lastLocals = new HashMap<>(task.getVariables());
        externalTasks.complete(task.getId(), WORKER);
        return this;
    }

    private void complete(String activityId, Map<String, Object> outputs) {
        LockedExternalTask task = lock(activityId);
        externalTasks.complete(task.getId(), WORKER, outputs);
    }

    private LockedExternalTask lock(String activityId) {
        return ExternalTaskLock.lock(engine, instance.getId(), ticketId, activityId, WORKER);
    }

    /** The one open user task {@code taskDefinitionKey}, checked to be offered to {@code candidateGroup}. */
    Task userTask(String taskDefinitionKey, String candidateGroup) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskDefinitionKey).list();
        if (open.size() != 1) {
            fail("Expected one user task " + taskDefinitionKey + ", but the case waits at "
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

    static double hours(Duration duration) {
        return Math.round(duration.toMinutes() / 6.0) / 10.0;
    }
}
