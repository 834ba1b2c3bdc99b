package io.linecare.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.linecare.platform.engine.CompletedByParseListener;
import io.linecare.platform.engine.CompletedByPlugin;
import io.linecare.support.ProcessTestEngine;

/**
 * Every path of billing-dispute.bpmn on the in-memory engine. External tasks are worked through the
 * engine's API by a small stand-in worker that answers like the real handlers; the 4-eyes rule it
 * applies is the real {@link FourEyesRule}, and who completed a task comes from the engine
 * ({@link CompletedByParseListener}), as in the application.
 */
class BillingDisputeProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverageAtLeast(0.95, new CompletedByPlugin());

    static final String KEY = "BD-2026-000042";
    static final String WORKER = "test-worker";
    static final Instant RECEIVED = Instant.parse("2026-03-18T06:30:00Z"); // a Wednesday
    static final String AGENT = "zhou.min";
    static final String MANAGER = "wu.qiang";
    static final String OTHER_MANAGER = "zheng.li";

    private RuntimeService runtime;
    private TaskService tasks;
    private ExternalTaskService external;
    private ManagementService management;
    private ProcessEngine processEngine;
    private String deploymentId;
    private final List<String> listenerDeployments = new ArrayList<>();

    // what the stand-in workers were asked to do
    private final List<String> messages = new ArrayList<>();
    private final List<Map<String, Object>> credits = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private int holds;
    private int closes;
    // what the stand-in check reports
    private String checkResult = "no-error-found";
    private double provableAmount;

    @BeforeEach
    void setUp() {
        processEngine = engine.getProcessEngine();
        init(processEngine);
        runtime = processEngine.getRuntimeService();
        tasks = processEngine.getTaskService();
        external = processEngine.getExternalTaskService();
        management = processEngine.getManagementService();
        ClockUtil.setCurrentTime(Date.from(RECEIVED));
        deploymentId = processEngine.getRepositoryService().createDeployment()
                .addClasspathResource("processes/billing-dispute.bpmn").addClasspathResource("processes/dispute-routing.dmn")
                .deploy().getId();
    }

    @AfterEach
    void resetClock() {
        processEngine.getRepositoryService().deleteDeployment(deploymentId, true);
        listenerDeployments.forEach(id -> processEngine.getRepositoryService().deleteDeployment(id, true));
        ClockUtil.reset();
        processEngine.getIdentityService().clearAuthentication();
    }

    // ------------------------------------------------------------------ paths

    @Test
    void aSmallClearErrorIsCreditedAutomaticallyAndTheHoldConverted() {
        checkResult = "clear-error";
        provableAmount = 10.0;
        ProcessInstance instance = start("standard", 10.0, 0);

        work();

        assertThat(instance).hasPassed("Task_HoldDisputedAmount", "Task_AnalyzeCharge", "Task_RouteDispute",
                "Task_RecordAutoDecision", "Task_ApplyDisputeCredit", "Task_SendDecision", "Task_CloseDispute")
                .isEnded();
        assertThat(instance).hasNotPassed("Task_ReviewDispute", "Gateway_AwaitAppeal");
        assertThat(decisions).extracting(Decision::stage).containsExactly(DecisionStage.AUTO);
        assertThat(credits).singleElement().satisfies(credit -> {
            assertThat(credit).containsEntry("purpose", "dispute-credit").containsEntry("creditType", "bill-credit");
            assertThat(((Number) credit.get("creditAmount")).doubleValue()).isEqualTo(10.0);
        });
        assertThat(messages).containsExactly("dispute-acknowledged:acknowledged", "dispute-decision:decision");
        assertThat(holds).isOne();
        assertThat(closes).isOne();
    }

    @Test
    void aRejectedReviewLeavesTheAppealWindowOpenThenReleasesTheHold() {
        ProcessInstance instance = start("standard", 50.0, 0);
        work();

        Task review = task(instance, "Task_ReviewDispute");
        assertThat(review.getName()).isEqualTo("Review dispute — Li Na, " + KEY);
        assertThat(review.getDueDate()).isEqualTo(Date.from(decisionBy()));
        assertThat(candidateGroups(review)).containsExactly("billing");
        complete(review, AGENT, "rejected", null, "The price of your plan was announced on 1 Jan.");
        work();

        assertThat(instance).variables().containsEntry("reviewedBy", AGENT).containsEntry("decision", "rejected");
        assertThat(instance).hasNotPassed("Task_ApproveCredit");
        assertThat(credits).singleElement().satisfies(credit -> assertThat(credit).containsEntry("creditType", "none"));
        assertThat(instance).isWaitingAt("Gateway_AwaitAppeal");
        assertThat(closes).as("the hold stays while the customer may appeal").isZero();

        fireTimer(instance, "Event_AppealWindowClosed", RECEIVED.plus(Duration.ofDays(14)));
        work();

        assertThat(instance).hasPassed("Task_CloseDispute").isEnded();
        assertThat(closes).isOne();
        assertThat(messages).containsExactly("dispute-acknowledged:acknowledged", "dispute-decision:decision");
    }

    @Test
    void aCreditAboveTheAgentLimitNeedsAnotherPersonsApproval() {
        ProcessInstance instance = start("standard", 300.0, 0);
        ProcessInstance cancellation = waitingCancellation();
        work();
        complete(task(instance, "Task_ReviewDispute"), OTHER_MANAGER, "upheld", 300.0, "Charged twice for the same month.");
        work();
        assertThat(cancellation).as("the review alone is not the decision").isWaitingAt("Event_DisputeDecided");

        // 200 is the standard agent limit in dispute-routing
        Task approval = task(instance, "Task_ApproveCredit");
        assertThat(candidateGroups(approval)).containsExactly("billing-managers");
        assertThat(approval.getName()).isEqualTo("Approve credit — Li Na, " + KEY);

        // incomplete: back to the same task with the reason
        complete(approval, MANAGER, "partially-upheld", null, "Agreed.");
        refuseNextDecision(DecisionRefusedException.INVALID_DECISION, "A partly upheld dispute needs an amount.");
        assertThat(instance).hasPassed("Event_ApprovalInvalid").variables()
                .containsEntry("decisionProblem", "A partly upheld dispute needs an amount.");

        // the reviewer approving their own proposal is refused (4-eyes)
        complete(task(instance, "Task_ApproveCredit"), OTHER_MANAGER, "upheld", 300.0, "Charged twice for the same month.");
        work();
        assertThat(instance).hasPassed("Event_ApproverIsReviewer");
        assertThat((String) runtime.getVariable(instance.getId(), "decisionProblem"))
                .contains(OTHER_MANAGER).contains("4-eyes");
        assertThat(credits).isEmpty();

        complete(task(instance, "Task_ApproveCredit"), MANAGER, "upheld", 300.0, "Charged twice for the same month.");
        work();

        assertThat(decisions).extracting(Decision::stage, Decision::decidedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DecisionStage.REVIEW, OTHER_MANAGER),
                        org.assertj.core.groups.Tuple.tuple(DecisionStage.APPROVAL, MANAGER));
        assertThat(credits).singleElement().satisfies(credit -> assertThat(((Number) credit.get("creditAmount")).doubleValue())
                .isEqualTo(300.0));
        assertThat(instance).hasPassed("Task_RecordApproval", "Task_CloseDispute").isEnded();
        assertThat(closes).isOne();
        assertThat(cancellation).as("told once the approval decided it").isWaitingAt("Task_Heard");
    }

    @Test
    void anEnterpriseDisputeGoesToAManagerAndItsAppealToAnother() {
        ProcessInstance instance = start("enterprise", 100.0, 0);
        work();
        assertThat(instance).hasNotPassed("Task_ReviewDispute");
        Task decide = task(instance, "Task_ManagerDecision");
        assertThat(candidateGroups(decide)).containsExactly("billing-managers");
        complete(decide, MANAGER, "partially-upheld", 40.0, "One of the two set-up fees was wrong.");
        work();
        assertThat(credits).singleElement().satisfies(credit -> assertThat(((Number) credit.get("creditAmount")).doubleValue())
                .isEqualTo(40.0));
        assertThat(instance).isWaitingAt("Gateway_AwaitAppeal");

        appeal("The second set-up fee is wrong too.");
        ProcessInstance cancellation = waitingCancellation();
        work();
        assertThat(instance).variables().containsEntry("appealReason", "The second set-up fee is wrong too.");
        Task appealTask = task(instance, "Task_DecideAppeal");
        assertThat(appealTask.getName()).isEqualTo("Decide appeal — Li Na, " + KEY);
        assertThat(candidateGroups(appealTask)).containsExactly("billing-managers");

        complete(appealTask, OTHER_MANAGER, "upheld", null, "");
        refuseNextDecision(DecisionRefusedException.INVALID_DECISION, "Please explain the decision to the customer.");
        assertThat(instance).hasPassed("Event_AppealInvalid");

        // the manager who decided first may not decide the appeal
        complete(task(instance, "Task_DecideAppeal"), MANAGER, "upheld", null, "Both fees were wrong.");
        work();
        assertThat(instance).hasPassed("Event_AppealDecidedBefore");
        assertThat(closes).isZero();

        complete(task(instance, "Task_DecideAppeal"), OTHER_MANAGER, "upheld", null, "Both fees were wrong.");
        work();
        // only the difference to the first credit is paid
        assertThat(credits).hasSize(2).last().satisfies(credit -> {
            assertThat(credit).containsEntry("purpose", "appeal-credit");
            assertThat(((Number) credit.get("creditAmount")).doubleValue()).isEqualTo(60.0);
        });
        assertThat(closes).isOne();
        assertThat(instance).isWaitingAt("Gateway_AwaitSecondAppeal");
        assertThat(cancellation).as("told the appeal is decided").isWaitingAt("Task_Heard");

        appeal("I still do not agree.");
        work();

        assertThat(instance).hasPassed("Task_SendAppealRefused").isEnded();
        assertThat(messages).containsExactly("dispute-acknowledged:acknowledged", "dispute-decision:decision",
                "dispute-acknowledged:appeal-acknowledged", "dispute-appeal-decision:appeal-decision",
                "dispute-appeal-refused:second-appeal");
        assertThat(closes).as("the hold is settled once").isOne();
    }

    @Test
    void withoutASecondAppealTheFinalAnswerStands() {
        ProcessInstance instance = start("standard", 30.0, 3);
        work();
        // a fourth dispute within 12 months: the manager line
        complete(task(instance, "Task_ManagerDecision"), MANAGER, "rejected", null, "The usage records match the bill.");
        work();
        appeal("I did not make those calls.");
        work();
        complete(task(instance, "Task_DecideAppeal"), OTHER_MANAGER, "rejected", null, "The calls were made from your line.");
        work();
        assertThat(credits).extracting(c -> c.get("creditType")).containsExactly("none", "none");

        fireTimer(instance, "Event_FinalAnswerStands", RECEIVED.plus(Duration.ofDays(30)));
        work();

        assertThat(instance).hasPassed("Event_AppealDecided").isEnded();
        assertThat(closes).isOne();
    }

    @Test
    void anUndecidedReviewGoesToBillingManagersAt80Percent() {
        ProcessInstance instance = start("premium", 80.0, 0);
        work();
        Instant escalateAt = RECEIVED.plusMillis(Math.round(Duration.between(RECEIVED, decisionBy()).toMillis() * 0.8));
        assertThat(timer(instance, "Event_EscalateReview").getDuedate()).isEqualTo(Date.from(escalateAt));

        fireTimer(instance, "Event_EscalateReview", escalateAt);

        Task decide = task(instance, "Task_ManagerDecision");
        assertThat(candidateGroups(decide)).containsExactly("billing-managers");
        assertThat(decide.getDueDate()).isEqualTo(Date.from(decisionBy()));
        complete(decide, MANAGER, "upheld", null, "The price rise was never announced.");
        refuseNextDecision(DecisionRefusedException.INVALID_DECISION, "Try again.");
        assertThat(instance).hasPassed("Event_ManagerInvalid");
        complete(task(instance, "Task_ManagerDecision"), MANAGER, "upheld", null, "The price rise was never announced.");
        work();

        assertThat(instance).hasPassed("Task_CloseDispute").isEnded();
        assertThat(decisions).extracting(Decision::stage).containsExactly(DecisionStage.MANAGER);
    }

    @Test
    void missingTheDecisionDateGrantsGoodwillAndAnApologyAndTheDecisionGoesOn() {
        ProcessInstance instance = start("premium", 80.0, 0);
        work();

        fireTimer(instance, "Event_DecisionDateMissed", decisionBy());
        work();

        // premium goodwill in dispute-routing: 50
        assertThat(credits).singleElement().satisfies(credit -> {
            assertThat(credit).containsEntry("purpose", "goodwill-decision-late").containsEntry("creditType", "bill-credit");
            assertThat(((Number) credit.get("creditAmount")).doubleValue()).isEqualTo(50.0);
        });
        assertThat(messages).contains("apology-compensation:decision-late");
        assertThat(instance).hasPassed("Event_Apologised").variables()
                .containsEntry("promisedAt", runtime.getVariable(instance.getId(), "regulatoryDecisionBy"));
        Task review = task(instance, "Task_ReviewDispute");

        complete(review, AGENT, "partially-upheld", null, "");
        refuseNextDecision(DecisionRefusedException.INVALID_DECISION, "A partly upheld dispute needs an amount.");
        assertThat(instance).hasPassed("Event_ReviewInvalid");
        assertThat((String) runtime.getVariable(instance.getId(), "decisionProblem")).contains("needs an amount");
        complete(task(instance, "Task_ReviewDispute"), AGENT, "upheld", null, "The price rise was never announced.");
        work();

        assertThat(instance).hasPassed("Task_CloseDispute").isEnded();
        assertThat(closes).isOne();
        assertThat(credits).extracting(c -> c.get("purpose")).containsExactly("goodwill-decision-late", "dispute-credit");
    }

    // ------------------------------------------------------------------ the case

    private ProcessInstance start(String tier, double disputed, int repeatDisputes) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(BillingDisputeVariables.DISPUTE_REFERENCE, KEY);
        variables.put(BillingDisputeVariables.CUSTOMER_ID, 3L);
        variables.put(BillingDisputeVariables.CUSTOMER_REFERENCE, "CU-000003");
        variables.put(BillingDisputeVariables.CUSTOMER_NAME, "Li Na");
        variables.put(BillingDisputeVariables.TIER, tier);
        variables.put(BillingDisputeVariables.BILL_ID, 9L);
        variables.put(BillingDisputeVariables.BILL_REFERENCE, "BL-202602-000009");
        variables.put(BillingDisputeVariables.DISPUTED_AMOUNT, disputed);
        variables.put(BillingDisputeVariables.DISPUTED_LINES, "#25 宽带 300M 月租 2026-02: charged CNY 109.00");
        variables.put(BillingDisputeVariables.DISPUTE_REASON, "The price went up without notice");
        variables.put(BillingDisputeVariables.REPEAT_DISPUTES, repeatDisputes);
        variables.put(BillingDisputeVariables.DECISION_BY, Date.from(decisionBy()));
        variables.put(BillingDisputeVariables.PROMISED_AT, Date.from(decisionBy()));
        variables.put(BillingDisputeVariables.ESCALATE_AT, Date.from(DisputePolicy.escalateAt(RECEIVED, decisionBy())));
        variables.put(BillingDisputeVariables.REGULATORY_DECISION_BY, Date.from(DisputePolicy.regulatoryDecisionBy(RECEIVED)));
        return runtime.startProcessInstanceByKey(BillingDisputeVariables.PROCESS_KEY, KEY, variables);
    }

    private static Instant decisionBy() {
        return DisputePolicy.decisionBy(RECEIVED);
    }

    /**
     * A stand-in for a cancellation-save case waiting on this dispute ("Settle dispute first"): it
     * listens for the same signal name and moves on to Task_Heard when billing-dispute sends it.
     */
    private ProcessInstance waitingCancellation() {
        var listener = Bpmn.createExecutableProcess("dispute-decided-listener").camundaHistoryTimeToLive(1)
                .startEvent("Event_Listening").intermediateCatchEvent("Event_DisputeDecided").signal("dispute-decided-" + KEY)
                .userTask("Task_Heard").endEvent("Event_Done").done();
        listenerDeployments.add(processEngine.getRepositoryService().createDeployment()
                .addModelInstance("dispute-decided-listener.bpmn", listener).deploy().getId());
        ProcessInstance waiting = runtime.startProcessInstanceByKey("dispute-decided-listener");
        assertThat(waiting).isWaitingAt("Event_DisputeDecided");
        return waiting;
    }

    private void appeal(String reason) {
        runtime.createMessageCorrelation("Msg_DecisionAppealed").processInstanceBusinessKey(KEY)
                .setVariable("appealReason", reason).correlate();
    }

    private Task task(ProcessInstance instance, String activityId) {
        assertThat(instance).isWaitingAt(activityId);
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().filter(link -> "candidate".equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    /** Completes the task as {@code user} would in Tasklist (an authenticated call with the form's fields). */
    private void complete(Task task, String user, String decision, Double amount, String reason) {
        Map<String, Object> form = new HashMap<>();
        form.put("decision", decision);
        form.put("creditAmount", amount);
        form.put("decisionReason", reason);
        processEngine.getIdentityService().setAuthenticatedUserId(user);
        try {
            tasks.complete(task.getId(), form);
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId).singleResult();
    }

    private void fireTimer(ProcessInstance instance, String activityId, Instant now) {
        Job job = timer(instance, activityId);
        assertThat(job).as("timer " + activityId).isNotNull();
        assertThat(job.getDuedate()).isBeforeOrEqualTo(Date.from(now));
        ClockUtil.setCurrentTime(Date.from(now));
        management.executeJob(job.getId());
    }

    // ------------------------------------------------------------------ stand-in workers

    /** Works every external task until none is left, like the application's workers would. */
    private void work() {
        for (int round = 0; round < 50; round++) {
            List<LockedExternalTask> locked = external.fetchAndLock(1, WORKER)
                    .topic("billing.hold-disputed-amount", 60_000).topic("billing.analyze-charge", 60_000)
                    .topic("communication.send-message", 60_000).topic("billing.apply-credit", 60_000)
                    .topic("dispute.record-decision", 60_000).topic("dispute.record-appeal", 60_000)
                    .topic("dispute.close-dispute", 60_000)
                    .execute();
            if (locked.isEmpty()) {
                return;
            }
            handle(locked.get(0));
        }
        throw new AssertionError("the process keeps producing external tasks");
    }

    private String refusal;
    private String refusalMessage;

    /** The next record-decision answers with this BPMN error (as the handler does for a bad decision). */
    private void refuseNextDecision(String errorCode, String message) {
        refusal = errorCode;
        refusalMessage = message;
        work();
    }

    private void handle(LockedExternalTask task) {
        Map<String, Object> in = task.getVariables();
        Map<String, Object> out = new HashMap<>();
        switch (task.getTopicName()) {
            case "billing.hold-disputed-amount" -> {
                holds++;
                out.put("heldAmount", in.get("disputedAmount"));
            }
            case "billing.analyze-charge" -> {
                out.put("checkResult", checkResult);
                out.put("provableAmount", provableAmount);
                out.put("checkEvidence", "ERROR the price rise was never announced");
                out.put("checkSummary", "The price rise of BB-300 was never announced to you.");
            }
            case "communication.send-message" -> messages.add(in.get("messageType") + ":" + in.get("purpose"));
            case "billing.apply-credit" -> {
                credits.add(Map.of("purpose", in.get("purpose"), "creditType", in.get("creditType"),
                        "creditAmount", in.get("creditAmount")));
                out.put("creditOutcome", "none".equals(in.get("creditType")) ? "nothing-to-credit" : "applied");
            }
            case "dispute.record-decision" -> {
                if (recordDecision(task, in, out)) {
                    return;
                }
            }
            case "dispute.record-appeal" -> {
                Date decideBy = Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(10)));
                out.put("appealDecisionBy", decideBy);
                out.put("promisedAt", decideBy);
            }
            case "dispute.close-dispute" -> {
                closes++;
                out.put("holdOutcome", "released");
            }
            default -> throw new AssertionError("unexpected topic " + task.getTopicName());
        }
        external.complete(task.getId(), WORKER, out);
    }

    /** @return true when the task was answered with a BPMN error */
    private boolean recordDecision(LockedExternalTask task, Map<String, Object> in, Map<String, Object> out) {
        DecisionStage stage = DecisionStage.fromCode((String) in.get("stage"));
        String decider = stage.byPerson() ? (String) in.get("decidedBy") : DisputeService.SYSTEM_DECIDER;
        String problem = refusal;
        String message = refusalMessage;
        refusal = null;
        if (problem == null) {
            try {
                FourEyesRule.check(stage, decider, decisions);
            } catch (DecisionRefusedException refused) {
                problem = refused.errorCode();
                message = refused.getMessage();
            }
        }
        if (problem != null) {
            external.handleBpmnError(task.getId(), WORKER, problem, message, Map.of("decisionProblem", message));
            return true;
        }
        double disputed = ((Number) in.get("disputedAmount")).doubleValue();
        String decision = (String) in.get("decision");
        double floor = stage == DecisionStage.APPEAL ? decisions.get(decisions.size() - 1).creditAmount().doubleValue() : 0;
        double amount = "upheld".equals(decision) ? disputed : "rejected".equals(decision) ? floor
                : ((Number) in.get("creditAmount")).doubleValue();
        decisions.add(new Decision(KEY, stage, decider, decision, BigDecimal.valueOf(amount), (String) in.get("decisionReason"),
                ClockUtil.getCurrentTime().toInstant()));
        Instant now = ClockUtil.getCurrentTime().toInstant();
        out.put("decision", decision);
        out.put("creditAmount", amount);
        out.put("creditToApply", Math.max(0, amount - floor));
        out.put("appealUntil", Date.from(DisputePolicy.appealUntil(now)));
        out.put("promisedAt", Date.from(DisputePolicy.appealUntil(now)));
        out.put("awaitsApproval", stage == DecisionStage.REVIEW && in.get("approvalAbove") != null
                && amount > ((Number) in.get("approvalAbove")).doubleValue());
        out.put("decisionProblem", null);
        return false;
    }
}
