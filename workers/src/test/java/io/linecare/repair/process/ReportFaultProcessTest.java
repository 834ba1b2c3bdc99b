package io.linecare.repair.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.ReportFaultVariables;
import io.linecare.support.IntakeProcess;
import io.linecare.support.ProcessTestEngine;

/**
 * report-fault, the phone intake: a valid report opens the ticket at once; an invalid one goes back
 * to the agent who took the call, who corrects it (it is tried again) or withdraws it. The external
 * task is worked through the engine's API the way the worker does, with the variables
 * {@code OpenTicketHandler} sets (its own test covers the handler).
 */
@Deployment(resources = {"processes/report-fault.bpmn", "forms/report-fault.form", "forms/report-fault-correct.form"})
class ReportFaultProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverageAtLeast(1.0);

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final String AGENT = "wang.fang";

    private ProcessEngine processEngine;
    private IntakeProcess process;

    @BeforeEach
    void setUp(ProcessEngine processEngine) {
        this.processEngine = processEngine;
        process = new IntakeProcess(processEngine, "report-fault", Topics.REPAIR_OPEN_TICKET);
        init(processEngine);
        ClockUtil.setCurrentTime(java.util.Date.from(NOW));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        processEngine.getIdentityService().clearAuthentication();
    }

    @Test
    void aValidReportOpensTheTicketAndEnds() {
        ProcessInstance report = process.startAs(AGENT, form("CU-000001"));

        assertThat(report).isWaitingAt("Task_OpenTicket").variables().containsEntry("reportedBy", AGENT);
        LockedExternalTask openTicket = process.fetch();
        assertThat(openTicket.getVariables()).containsEntry("customerReference", "CU-000001")
                .containsEntry("description", "No internet since this morning");
        process.complete(openTicket,
                Map.of(ReportFaultVariables.TICKET_ID, "FR-2026-000042"));

        assertThat(report).isEnded().hasPassed("Event_TicketOpened").hasNotPassed("Task_CorrectFaultReport")
                .variables().containsEntry("ticketId", "FR-2026-000042");
    }

    @Test
    void anInvalidReportGoesBackToTheAgentWithTheReasonAndIsTriedAgainOnceCorrected() {
        ProcessInstance report = process.startAs(AGENT, form("CU-999999"));

        rejectOpenTicket("Customer reference: no customer with reference 'CU-999999'", "CU-999999, BB-0571-000101");

        assertThat(report).isWaitingAt("Task_CorrectFaultReport").variables()
                .containsEntry("intakeProblem", "Customer reference: no customer with reference 'CU-999999'");
        Task correction = task(report);
        assertThat(correction.getName()).isEqualTo("Correct the fault report — CU-999999, BB-0571-000101");
        assertThat(correction.getAssignee()).isEqualTo(AGENT);
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(correction.getId()))
                .anySatisfy(link -> {
                    assertThat(link.getType()).isEqualTo(IdentityLinkType.CANDIDATE);
                    assertThat(link.getGroupId()).isEqualTo("frontline");
                });
        assertThat(correction.getDueDate().toInstant()).isCloseTo(NOW.plus(1, ChronoUnit.HOURS), within(1, ChronoUnit.SECONDS));
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(correction.getId()).initializeFormKeys()
                .singleResult().getCamundaFormRef().getKey()).isEqualTo("report-fault-correct");

        Map<String, Object> corrected = form("CU-000001");
        corrected.put(ReportFaultVariables.WITHDRAW_REPORT, false);
        processEngine.getTaskService().complete(correction.getId(), corrected);

        assertThat(report).isWaitingAt("Task_OpenTicket");
        LockedExternalTask again = process.fetch();
        assertThat(again.getVariables()).containsEntry("customerReference", "CU-000001");
        process.complete(again,
                Map.of(ReportFaultVariables.TICKET_ID, "FR-2026-000043"));
        assertThat(report).isEnded().hasPassed("Event_TicketOpened").variables().containsEntry("ticketId", "FR-2026-000043");
    }

    @Test
    void theAgentMayWithdrawAReportThatCannotBeCorrected() {
        ProcessInstance report = process.startAs(AGENT, form("CU-999999"));
        rejectOpenTicket("Customer reference: no customer with reference 'CU-999999'", "CU-999999, BB-0571-000101");

        processEngine.getTaskService().complete(task(report).getId(), Map.of(ReportFaultVariables.WITHDRAW_REPORT, true));

        assertThat(report).isEnded().hasPassed("Event_ReportWithdrawn").hasNotPassed("Event_TicketOpened");
        assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().count()).isZero();
    }

    @Test
    void aCorrectionCompletedWithoutTheWithdrawChoiceIsTriedAgain() {
        // the REST API can complete a task without the form's checkbox: the handler's false stands
        ProcessInstance report = process.startAs(AGENT, form("CU-999999"));
        rejectOpenTicket("Severity is required", "CU-999999, BB-0571-000101");

        processEngine.getTaskService().complete(task(report).getId());

        assertThat(report).isWaitingAt("Task_OpenTicket");
    }

    @Test
    void frontlineIsTheCandidateStarterGroup() {
        String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("report-fault").singleResult().getId();

        assertThat(processEngine.getRepositoryService().getIdentityLinksForProcessDefinition(definitionId))
                .singleElement().satisfies(link -> {
                    assertThat(link.getType()).isEqualTo(IdentityLinkType.CANDIDATE);
                    assertThat(link.getGroupId()).isEqualTo("frontline");
                });
    }



    private void rejectOpenTicket(String reason, String label) {
        process.refuse(ReportFaultVariables.ERROR_INVALID_FAULT_REPORT, reason, Map.of(
                ReportFaultVariables.INTAKE_PROBLEM, reason,
                ReportFaultVariables.REPORT_LABEL, label,
                ReportFaultVariables.WITHDRAW_REPORT, false));
    }

    private static Map<String, Object> form(String customerReference) {
        Map<String, Object> form = new HashMap<>();
        form.put("customerReference", customerReference);
        form.put("lineNumber", "BB-0571-000101");
        form.put("severity", "major");
        form.put("ticketType", "connectivity");
        form.put("description", "No internet since this morning");
        return form;
    }
}
