package io.linecare.retention.process;

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
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.linecare.platform.externaltask.Topics;
import io.linecare.retention.RequestCancellationVariables;
import io.linecare.support.IntakeProcess;
import io.linecare.support.ProcessTestEngine;

/**
 * request-cancellation, the agents' Tasklist intake of a cancellation: a valid form takes the request at
 * once; a refused one goes back to the agent who took the call, who corrects it (it is tried again) or
 * withdraws it. The external task is worked through the engine's API with the variables
 * {@code OpenCancellationHandler} sets.
 */
@Deployment(resources = {"processes/request-cancellation.bpmn", "forms/request-cancellation.form", "forms/request-cancellation-correct.form"})
class RequestCancellationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverageAtLeast(1.0);

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final String AGENT = "wang.fang";

    private ProcessEngine processEngine;
    private IntakeProcess process;

    @BeforeEach
    void setUp(ProcessEngine processEngine) {
        this.processEngine = processEngine;
        process = new IntakeProcess(processEngine, RequestCancellationVariables.PROCESS_KEY, Topics.RETENTION_OPEN_CANCELLATION);
        init(processEngine);
        ClockUtil.setCurrentTime(java.util.Date.from(NOW));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        processEngine.getIdentityService().clearAuthentication();
    }

    @Test
    void aValidFormTakesTheRequestAndEnds() {
        ProcessInstance intake = process.startAs(AGENT, form("CU-000003"));

        assertThat(intake).isWaitingAt("Task_OpenCancellation").variables().containsEntry("requestedBy", AGENT);
        LockedExternalTask open = process.fetch();
        assertThat(open.getVariables()).containsEntry("lineNumber", "BB-0571-000101").containsEntry("desiredEndDate", "2026-12-31");
        complete(open, "CS-2026-000042");

        assertThat(intake).isEnded().hasPassed("Event_CancellationOpened").hasNotPassed("Task_CorrectCancellationRequest")
                .variables().containsEntry("cancellationReference", "CS-2026-000042");
    }

    @Test
    void aRefusedRequestGoesBackToTheAgentWithTheReasonAndIsTriedAgainOnceCorrected() {
        ProcessInstance intake = process.startAs(AGENT, form("CU-999999"));
        refuse("Customer reference: no customer with reference 'CU-999999'", "CU-999999, BB-0571-000101");

        assertThat(intake).isWaitingAt("Task_CorrectCancellationRequest").variables()
                .containsEntry("intakeProblem", "Customer reference: no customer with reference 'CU-999999'");
        Task correction = task(intake);
        assertThat(correction.getName()).isEqualTo("Correct the cancellation request — CU-999999, BB-0571-000101");
        assertThat(correction.getAssignee()).isEqualTo(AGENT);
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(correction.getId()))
                .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).extracting(IdentityLink::getGroupId)
                .containsExactlyInAnyOrder("frontline", "retention");
        assertThat(correction.getDueDate().toInstant()).isCloseTo(NOW.plus(1, ChronoUnit.HOURS), within(1, ChronoUnit.SECONDS));
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(correction.getId()).initializeFormKeys()
                .singleResult().getCamundaFormRef().getKey()).isEqualTo("request-cancellation-correct");

        Map<String, Object> corrected = form("CU-000003");
        corrected.put(RequestCancellationVariables.WITHDRAW_REQUEST, false);
        processEngine.getTaskService().complete(correction.getId(), corrected);

        assertThat(intake).isWaitingAt("Task_OpenCancellation");
        LockedExternalTask again = process.fetch();
        assertThat(again.getVariables()).containsEntry("customerReference", "CU-000003");
        complete(again, "CS-2026-000043");
        assertThat(intake).isEnded().hasPassed("Event_CancellationOpened").variables()
                .containsEntry("cancellationReference", "CS-2026-000043");
    }

    @Test
    void theAgentMayWithdrawARequestThatCannotBeCorrected() {
        ProcessInstance intake = process.startAs(AGENT, form("CU-999999"));
        refuse("Customer reference: no customer with reference 'CU-999999'", "CU-999999, BB-0571-000101");

        processEngine.getTaskService().complete(task(intake).getId(), Map.of(RequestCancellationVariables.WITHDRAW_REQUEST, true));

        assertThat(intake).isEnded().hasPassed("Event_RequestWithdrawn").hasNotPassed("Event_CancellationOpened");
        assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().count()).isZero();
    }

    @Test
    void aCorrectionCompletedWithoutTheWithdrawChoiceIsTriedAgain() {
        ProcessInstance intake = process.startAs(AGENT, form("CU-999999"));
        refuse("Last day of service is required", "CU-999999, no line");

        processEngine.getTaskService().complete(task(intake).getId());

        assertThat(intake).isWaitingAt("Task_OpenCancellation");
    }

    @Test
    void theIntakeGroupsAreTheCandidateStarters() {
        String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(RequestCancellationVariables.PROCESS_KEY).singleResult().getId();

        assertThat(processEngine.getRepositoryService().getIdentityLinksForProcessDefinition(definitionId))
                .extracting(IdentityLink::getGroupId).containsExactlyInAnyOrder("frontline", "retention");
    }



    private void complete(LockedExternalTask task, String cancellationReference) {
        process.complete(task, Map.of(RequestCancellationVariables.CANCELLATION_REFERENCE, cancellationReference));
    }

    private void refuse(String reason, String label) {
        process.refuse(RequestCancellationVariables.ERROR_INVALID_CANCELLATION_REQUEST, reason, Map.of(
                RequestCancellationVariables.INTAKE_PROBLEM, reason,
                RequestCancellationVariables.REQUEST_LABEL, label,
                RequestCancellationVariables.WITHDRAW_REQUEST, false));
    }

    private static Map<String, Object> form(String customerReference) {
        Map<String, Object> form = new HashMap<>();
        form.put("customerReference", customerReference);
        form.put("lineNumber", "BB-0571-000101");
        form.put("reason", "price");
        form.put("desiredEndDate", "2026-12-31");
        return form;
    }
}
