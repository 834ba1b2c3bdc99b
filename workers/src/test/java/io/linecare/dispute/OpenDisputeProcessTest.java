package io.linecare.dispute;

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
import io.linecare.support.IntakeProcess;
import io.linecare.support.ProcessTestEngine;

/**
 * open-dispute, the agents' Tasklist intake of a billing dispute: a valid form opens the dispute at once;
 * a refused one goes back to the agent who raised it, who corrects it (it is tried again) or withdraws it.
 * The external task is worked through the engine's API with the variables {@code OpenDisputeHandler} sets.
 */
@Deployment(resources = {"processes/open-dispute.bpmn", "forms/open-dispute.form", "forms/open-dispute-correct.form"})
class OpenDisputeProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverageAtLeast(1.0);

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final String AGENT = "zhou.min";

    private ProcessEngine processEngine;
    private IntakeProcess process;

    @BeforeEach
    void setUp(ProcessEngine processEngine) {
        this.processEngine = processEngine;
        process = new IntakeProcess(processEngine, OpenDisputeVariables.PROCESS_KEY, Topics.DISPUTE_OPEN_DISPUTE);
        init(processEngine);
        ClockUtil.setCurrentTime(java.util.Date.from(NOW));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        processEngine.getIdentityService().clearAuthentication();
    }

    @Test
    void aValidFormOpensTheDisputeAndEnds() {
        ProcessInstance intake = process.startAs(AGENT, form("CU-000003"));

        assertThat(intake).isWaitingAt("Task_OpenDispute").variables().containsEntry("openedBy", AGENT);
        LockedExternalTask open = process.fetch();
        assertThat(open.getVariables()).containsEntry("billReference", "BL-202611-000042").containsEntry("billLine1", 4711);
        complete(open, "BD-2026-000042");

        assertThat(intake).isEnded().hasPassed("Event_DisputeOpened").hasNotPassed("Task_CorrectDispute")
                .variables().containsEntry("disputeReference", "BD-2026-000042");
    }

    @Test
    void aRefusedDisputeGoesBackToTheAgentWithTheReasonAndIsTriedAgainOnceCorrected() {
        ProcessInstance intake = process.startAs(AGENT, form("CU-999999"));
        refuse("Customer reference: no customer with reference 'CU-999999'", "CU-999999, BL-202611-000042");

        assertThat(intake).isWaitingAt("Task_CorrectDispute").variables()
                .containsEntry("intakeProblem", "Customer reference: no customer with reference 'CU-999999'");
        Task correction = task(intake);
        assertThat(correction.getName()).isEqualTo("Correct the dispute — CU-999999, BL-202611-000042");
        assertThat(correction.getAssignee()).isEqualTo(AGENT);
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(correction.getId()))
                .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).extracting(IdentityLink::getGroupId)
                .containsExactlyInAnyOrder("frontline", "billing", "billing-managers");
        assertThat(correction.getDueDate().toInstant()).isCloseTo(NOW.plus(1, ChronoUnit.HOURS), within(1, ChronoUnit.SECONDS));
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(correction.getId()).initializeFormKeys()
                .singleResult().getCamundaFormRef().getKey()).isEqualTo("open-dispute-correct");

        Map<String, Object> corrected = form("CU-000003");
        corrected.put(OpenDisputeVariables.WITHDRAW_DISPUTE, false);
        processEngine.getTaskService().complete(correction.getId(), corrected);

        assertThat(intake).isWaitingAt("Task_OpenDispute");
        LockedExternalTask again = process.fetch();
        assertThat(again.getVariables()).containsEntry("customerReference", "CU-000003");
        complete(again, "BD-2026-000043");
        assertThat(intake).isEnded().hasPassed("Event_DisputeOpened").variables()
                .containsEntry("disputeReference", "BD-2026-000043");
    }

    @Test
    void theAgentMayWithdrawADisputeThatCannotBeCorrected() {
        ProcessInstance intake = process.startAs(AGENT, form("CU-999999"));
        refuse("Customer reference: no customer with reference 'CU-999999'", "CU-999999, BL-202611-000042");

        processEngine.getTaskService().complete(task(intake).getId(), Map.of(OpenDisputeVariables.WITHDRAW_DISPUTE, true));

        assertThat(intake).isEnded().hasPassed("Event_DisputeWithdrawn").hasNotPassed("Event_DisputeOpened");
        assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().count()).isZero();
    }

    @Test
    void aCorrectionCompletedWithoutTheWithdrawChoiceIsTriedAgain() {
        ProcessInstance intake = process.startAs(AGENT, form("CU-999999"));
        refuse("Bill reference is required", "CU-999999, no bill");

        processEngine.getTaskService().complete(task(intake).getId());

        assertThat(intake).isWaitingAt("Task_OpenDispute");
    }

    @Test
    void theIntakeGroupsAreTheCandidateStarters() {
        String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(OpenDisputeVariables.PROCESS_KEY).singleResult().getId();

        assertThat(processEngine.getRepositoryService().getIdentityLinksForProcessDefinition(definitionId))
                .extracting(IdentityLink::getGroupId).containsExactlyInAnyOrder("frontline", "billing", "billing-managers");
    }



    private void complete(LockedExternalTask task, String disputeReference) {
        process.complete(task, Map.of(OpenDisputeVariables.DISPUTE_REFERENCE, disputeReference));
    }

    private void refuse(String reason, String label) {
        process.refuse(OpenDisputeVariables.ERROR_INVALID_DISPUTE, reason, Map.of(
                OpenDisputeVariables.INTAKE_PROBLEM, reason,
                OpenDisputeVariables.DISPUTE_LABEL, label,
                OpenDisputeVariables.WITHDRAW_DISPUTE, false));
    }

    private static Map<String, Object> form(String customerReference) {
        Map<String, Object> form = new HashMap<>();
        form.put("customerReference", customerReference);
        form.put("billReference", "BL-202611-000042");
        form.put("reason", "The price went up without notice");
        form.put("billLine1", 4711);
        form.put("amount1", 10.0);
        return form;
    }
}
