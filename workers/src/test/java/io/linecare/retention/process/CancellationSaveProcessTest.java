package io.linecare.retention.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

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
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.linecare.support.ProcessTestEngine;
import io.linecare.support.ExternalTaskLock;

/**
 * cancellation-save.bpmn with retention-offer.dmn, path by path. The workers do not run: the external
 * tasks are completed through the API with the outputs the real handlers give, the staff tasks are
 * completed as the forms would, timers fire as their job after the clock was moved to their due date.
 */
@Deployment(resources = {"processes/cancellation-save.bpmn", "processes/retention-offer.dmn"})
class CancellationSaveProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverageAtLeast(0.9);

    /** Monday 2 March 2026, 02:00 UTC (10:00 in Shanghai): when every request in this class is made. */
    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    /** The customer's last day: 20 March 2026, until 23:59 in Shanghai. */
    static final Instant ENDS_AT = Instant.parse("2026-03-20T15:59:00Z");
    static final Instant SAVE_DEADLINE = T0.plus(Duration.ofHours(48));
    /** Six months of a speed upgrade accepted on 2 March: back on the plan at 00:00 on 2 September in Shanghai. */
    static final Instant UPGRADE_ENDS_AT = Instant.parse("2026-09-01T16:00:00Z");
    static final String WORKER = "process-test";

    private ProcessEngine processEngine;
    private RuntimeService runtime;
    private TaskService tasks;
    private ExternalTaskService externalTasks;
    private ManagementService management;
    private ProcessInstance instance;
    private String reference;
    private final List<String> sent = new ArrayList<>();
    private static int counter = 100;

    @BeforeEach
    void setUp(ProcessEngine processEngine) {
        init(processEngine);
        this.processEngine = processEngine;
        runtime = processEngine.getRuntimeService();
        tasks = processEngine.getTaskService();
        externalTasks = processEngine.getExternalTaskService();
        management = processEngine.getManagementService();
        ClockUtil.setCurrentTime(Date.from(T0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------ saved

    @Test
    void acceptedOfferIsAppliedConfirmedAndTheCustomerWhoStayedIsRecordedAfter90Days() {
        request("price", true);
        score("medium", "medium", null);

        assertThat(var("suggestedOffer")).isEqualTo(Map.of("offerType", "discount", "offerValue", 15, "offerMonths", 6));
        assertThat(var("offerBudget")).isEqualTo(300.0);
        priceOffer("discount", 15, 6, 90.0);
        Task call = userTask("Task_SaveCall", "retention");
        assertThat(call.getName()).isEqualTo("Save call — Zhang Wei, " + reference);
        assertThat(call.getDueDate()).isEqualTo(Date.from(SAVE_DEADLINE));

        tasks.complete(call.getId(), Map.of("saveOutcome", "accepted", "agentNotes", "Happy with 15 %"));
        complete("Task_ApplyOffer", Map.of("offerApplied", "applied"));
        send("Task_SendOfferConfirmed", "retention-offer-confirmed");
        assertThat(instance).isWaitingAt("Event_ReChurnDue");
        assertThat(timer("Event_ReChurnDue").getDuedate()).isEqualTo(Date.from(now().plus(Duration.ofDays(90))));

        fire("Event_ReChurnDue");
        complete("Task_CheckReChurn", Map.of("customerStayed", true));

        assertThat(instance).isEnded().hasPassed("Event_CustomerSaved").hasNotPassed("Task_IssueFinalBill", "Task_DisconnectService");
        assertThat(sent).containsExactly("cancellation-acknowledged", "retention-offer-confirmed");
    }

    @Test
    void aSavedCustomerWhoLeavesWithin90DaysIsRecordedAsReChurned() {
        request("competitor-offer", true);
        score("medium", "high", null);
        assertThat(var("suggestedOffer")).isEqualTo(Map.of("offerType", "discount", "offerValue", 20, "offerMonths", 12));
        priceOffer("discount", 20, 12, 240.0);
        tasks.complete(userTask("Task_SaveCall", "retention").getId(), Map.of("saveOutcome", "accepted"));
        complete("Task_ApplyOffer", Map.of("offerApplied", "applied"));
        send("Task_SendOfferConfirmed", "retention-offer-confirmed");

        fire("Event_ReChurnDue");
        complete("Task_CheckReChurn", Map.of("customerStayed", false));

        assertThat(instance).isEnded().hasPassed("Event_CustomerReChurned", "Event_NoUpgrade")
                .hasNotPassed("Event_CustomerSaved", "Event_UpgradeMonthsOver");
    }

    @Test
    void anAcceptedSpeedUpgradeEndsAfterItsMonthsWithTheLineBackOnItsPlanAndTheCustomerTold() {
        acceptSpeedUpgrade();
        assertThat(instance).isWaitingAt("Event_ReChurnDue", "Event_UpgradeMonthsOver");
        assertThat(timer("Event_UpgradeMonthsOver").getDuedate()).isEqualTo(Date.from(UPGRADE_ENDS_AT));

        fire("Event_ReChurnDue");
        complete("Task_CheckReChurn", Map.of("customerStayed", true));
        assertThat(instance).as("the upgrade outlasts the 90-day check").isWaitingAt("Event_UpgradeMonthsOver");

        fire("Event_UpgradeMonthsOver");
        complete("Task_RestorePlan", Map.of("planRestored", true, "restoredMbps", 100, "upgradedMbps", 300,
                "upgradePriceAmount", 99.0));
        send("Task_SendUpgradeEnded", "retention-upgrade-ended");

        assertThat(instance).isEnded().hasPassed("Event_CustomerSaved", "Event_UpgradeEnded");
        assertThat(sent).containsExactly("cancellation-acknowledged", "retention-offer-confirmed", "retention-upgrade-ended");
    }

    @Test
    void anUpgradedLineThatEndedOrChangedPlanMeanwhileIsLeftAloneAndNobodyIsTold() {
        acceptSpeedUpgrade();
        fire("Event_ReChurnDue");
        complete("Task_CheckReChurn", Map.of("customerStayed", false));

        fire("Event_UpgradeMonthsOver");
        complete("Task_RestorePlan", Map.of("planRestored", false, "restoredMbps", 100, "upgradedMbps", 300,
                "upgradePriceAmount", 99.0));

        assertThat(instance).isEnded().hasPassed("Event_NothingToRestore").hasNotPassed("Task_SendUpgradeEnded");
    }

    // ------------------------------------------------------------------ cancelled as asked

    @Test
    void declinedCancellationEndsTheLineOnTheEndDateWithSurveyWinBackAndReturnedEquipment() {
        request("price", true);
        score("low", "low", null);
        assertThat(var("suggestedOffer")).isEqualTo(Map.of("offerType", "discount", "offerValue", 10, "offerMonths", 3));
        priceOffer("discount", 10, 3, 30.0);
        tasks.complete(userTask("Task_SaveCall", "retention").getId(), Map.of("saveOutcome", "declined"));

        finalBill();
        assertThat(instance).isWaitingAt("Event_ServiceEnds", "Gateway_AwaitReturn1");
        assertThat(timer("Event_Reminder1Due").getDuedate()).isEqualTo(Date.from(ENDS_AT.plus(Duration.ofDays(14))));
        assertThat(timer("Event_ServiceEnds").getDuedate()).as("the date promised at intake").isEqualTo(Date.from(ENDS_AT));
        assertThat(externalTasks.createExternalTaskQuery().activityId("Task_DisconnectService").count())
                .as("nothing is disconnected before the end date").isZero();

        runtime.createMessageCorrelation("Msg_EquipmentReturned").processInstanceBusinessKey(reference).correlate();
        fire("Event_ServiceEnds");
        complete("Task_DisconnectService", Map.of("disconnectOutcome", "disconnected"));
        send("Task_SendExitSurvey", "exit-survey");
        assertThat(instance).isWaitingAt("Gateway_AwaitSurvey", "Event_WinBackDue");
        runtime.createMessageCorrelation("Msg_InformationProvided").processInstanceBusinessKey(reference)
                .setVariable("customerAnswer", "7 - the line dropped every evening").correlate();
        complete("Task_RecordExitSurvey", Map.of());
        assertThat(timer("Event_WinBackDue").getDuedate()).isEqualTo(Date.from(now().plus(Duration.ofDays(60))));
        fire("Event_WinBackDue");
        send("Task_SendWinBack", "win-back");

        assertThat(instance).isEnded().hasPassed("Event_Returned1", "Event_Cancelled")
                .hasNotPassed("Task_ChargeEquipmentFee", "Task_SendReturnReminder1", "Task_ApplyOffer");
        assertThat(sent).containsExactly("cancellation-acknowledged", "cancellation-confirmed", "equipment-return-label",
                "exit-survey", "win-back");
    }

    @Test
    void notReachedIn48HoursTheCancellationProceedsAndTheFeeComesOnlyAfterTwoReminders() {
        request("moving-away", false);
        score("high", "medium", null);
        assertThat(var("suggestedOffer")).isEqualTo(Map.of("offerType", "none", "offerValue", 0, "offerMonths", 0));
        priceOffer("none", 0, 0, 0.0);
        userTask("Task_SaveCall", "retention");

        fire("Event_NoContact");
        assertThat(now()).isEqualTo(SAVE_DEADLINE);
        finalBill();

        fire("Event_Reminder1Due");
        send("Task_SendReturnReminder1", "equipment-return-reminder");
        fire("Event_ServiceEnds");
        complete("Task_DisconnectService", Map.of("disconnectOutcome", "disconnected"));
        send("Task_SendExitSurvey", "exit-survey");
        assertThat(instance).as("moving away: no win-back").hasPassed("Gateway_WinBackDone");
        fire("Event_SurveyNotAnswered");
        assertThat(instance).isWaitingAt("Gateway_AwaitReturn2");
        fire("Event_Reminder2Due");
        send("Task_SendReturnReminder2", "equipment-return-reminder");
        fire("Event_FeeDue");
        complete("Task_ChargeEquipmentFee", Map.of("feeOutcome", "charged"));

        assertThat(instance).isEnded().hasPassed("Event_Cancelled").hasNotPassed("Task_SendWinBack", "Task_RecordExitSurvey");
        assertThat(sent).containsExactly("cancellation-acknowledged", "cancellation-confirmed", "equipment-return-label",
                "equipment-return-reminder", "exit-survey", "equipment-return-reminder");
    }

    @Test
    void aCallBackKeepsTheSameDeadlineAndEquipmentReturnedAfterTheSecondReminderCostsNothing() {
        request("other", false);
        score("low", "high", null);
        assertThat(var("suggestedOffer")).isEqualTo(Map.of("offerType", "discount", "offerValue", 10, "offerMonths", 6));
        priceOffer("discount", 10, 6, 60.0);
        tasks.complete(userTask("Task_SaveCall", "retention").getId(), Map.of("saveOutcome", "call-back"));
        later(Duration.ofHours(20));
        Task again = userTask("Task_SaveCall", "retention");
        assertThat(again.getDueDate()).as("one save attempt: the 48 h do not restart").isEqualTo(Date.from(SAVE_DEADLINE));
        assertThat(timer("Event_NoContact").getDuedate()).isEqualTo(Date.from(SAVE_DEADLINE));
        tasks.complete(again.getId(), Map.of("saveOutcome", "declined"));
        finalBill();

        fire("Event_Reminder1Due");
        send("Task_SendReturnReminder1", "equipment-return-reminder");
        runtime.createMessageCorrelation("Msg_EquipmentReturned").processInstanceBusinessKey(reference).correlate();
        fire("Event_ServiceEnds");
        complete("Task_DisconnectService", Map.of("disconnectOutcome", "disconnected"));
        send("Task_SendExitSurvey", "exit-survey");
        fire("Event_SurveyNotAnswered");

        assertThat(instance).isEnded().hasPassed("Event_Returned2").hasNotPassed("Task_ChargeEquipmentFee");
    }

    @Test
    void equipmentReturnedAfterTheLastReminderStopsTheFee() {
        request("not-using", true);
        score("medium", "medium", null);
        priceOffer("none", 0, 0, 0.0);
        tasks.complete(userTask("Task_SaveCall", "retention").getId(), Map.of("saveOutcome", "declined"));
        finalBill();
        fire("Event_Reminder1Due");
        send("Task_SendReturnReminder1", "equipment-return-reminder");
        fire("Event_Reminder2Due");
        send("Task_SendReturnReminder2", "equipment-return-reminder");
        runtime.createMessageCorrelation("Msg_EquipmentReturned").processInstanceBusinessKey(reference).correlate();
        assertThat(instance).hasPassed("Event_Returned3").hasNotPassed("Task_ChargeEquipmentFee");
    }

    // ------------------------------------------------------------------ fix before you save

    @Test
    void anOpenFaultGoesToDispatchFirstAndOnlyThenToTheSaveCall() {
        request("service-quality", true);
        score("medium", "high", "FR-2026-000042");

        Task fix = userTask("Task_FixFaultFirst", "dispatch");
        assertThat(fix.getName()).isEqualTo("Fix fault FR-2026-000042 first — Zhang Wei, " + reference);
        assertThat(fix.getDueDate()).isEqualTo(Date.from(SAVE_DEADLINE));
        assertThat(fix.getPriority()).as("above the queue's default 50").isEqualTo(80);
        assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_SaveCall").count()).as("no offer before the fix").isZero();
        assertThat(instance).hasNotPassed("Task_CheckDispute");

        later(Duration.ofHours(6));
        tasks.complete(fix.getId(), Map.of("faultOutcome", "fixed"));
        assertThat(instance).hasNotPassed("Task_DecideOffer");
        reassess("medium", "high", "Customer since 2020-01. No open faults or disputes.");
        assertThat(var("customerStory")).as("the agent reads the customer as they are now")
                .isEqualTo("Customer since 2020-01. No open faults or disputes.");
        assertThat(var("suggestedOffer")).isEqualTo(Map.of("offerType", "speed-upgrade", "offerValue", 100, "offerMonths", 6));
        priceOffer("speed-upgrade", 200, 6, 120.0);
        tasks.complete(userTask("Task_SaveCall", "retention").getId(), Map.of("saveOutcome", "accepted"));
        complete("Task_ApplyOffer", Map.of("offerApplied", "applied", "offerEndsAt", Date.from(UPGRADE_ENDS_AT)));
        send("Task_SendOfferConfirmed", "retention-offer-confirmed");
        assertThat(instance).isWaitingAt("Event_ReChurnDue").hasPassed("Task_FixFaultFirst");
    }

    @Test
    void aFaultNotFixedWithinTheSaveWindowLetsTheCancellationProceedWithoutAnOffer() {
        request("service-quality", true);
        score("high", "medium", "FR-2026-000043");
        userTask("Task_FixFaultFirst", "dispatch");

        fire("Event_FixDeadline");
        finalBill();

        assertThat(instance).hasNotPassed("Task_DecideOffer", "Task_SaveCall");
        assertThat(timer("Event_ServiceEnds").getDuedate()).isEqualTo(Date.from(ENDS_AT));
    }

    @Test
    void anOpenDisputeGoesToABillingManagerAndItsDecisionReleasesTheOffer() {
        request("price", true);
        score("medium", "medium", null, "BD-2026-000007");
        checkDispute(true);

        Task settle = userTask("Task_SettleDisputeFirst", "billing-managers");
        assertThat(settle.getName()).isEqualTo("Settle dispute BD-2026-000007 first — Zhang Wei, " + reference);
        assertThat(settle.getDueDate()).isEqualTo(Date.from(SAVE_DEADLINE));
        assertThat(settle.getPriority()).isEqualTo(80);
        assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_SaveCall").count()).as("no offer before the decision").isZero();

        runtime.createSignalEvent("dispute-decided-BD-2026-000999").send();
        assertThat(tasks.createTaskQuery().taskId(settle.getId()).count()).as("another dispute's decision").isOne();

        // what billing-dispute's end of "Decide the dispute" throws
        runtime.createSignalEvent("dispute-decided-BD-2026-000007").send();

        assertThat(tasks.createTaskQuery().taskId(settle.getId()).count()).as("the manager's task closed by itself").isZero();
        assertThat(instance).hasPassed("Event_DisputeDecided").hasNotPassed("Event_DisputeWorked");
        reassess("medium", "medium", "Customer since 2020-01. No open faults or disputes.");
        priceOffer("discount", 15, 6, 90.0);
        assertThat(userTask("Task_SaveCall", "retention")).isNotNull();
    }

    @Test
    void aManagerWhoCannotGetTheDisputeDecidedInTimeLetsTheOfferGoAhead() {
        request("price", true);
        score("medium", "medium", null, "BD-2026-000008");
        checkDispute(true);

        tasks.complete(userTask("Task_SettleDisputeFirst", "billing-managers").getId(), Map.of("disputeOutcome", "still-open"));

        assertThat(instance).hasPassed("Event_DisputeWorked");
        reassess("medium", "medium", "Customer since 2020-01. OPEN - fix before you save: dispute BD-2026-000008.");
        priceOffer("discount", 15, 6, 90.0);
        assertThat(userTask("Task_SaveCall", "retention")).isNotNull();
    }

    @Test
    void aDisputeDecidedBeforeTheFlowListensIsSeenByTheCheckAndNobodyIsAsked() {
        request("price", true);
        score("medium", "medium", null, "BD-2026-000009");
        checkDispute(false);

        assertThat(instance).hasPassed("Event_DisputeAlreadyDecided").hasNotPassed("Task_SettleDisputeFirst");
        reassess("medium", "medium", "Customer since 2020-01. No open faults or disputes.");
        priceOffer("discount", 15, 6, 90.0);
        assertThat(userTask("Task_SaveCall", "retention")).isNotNull();
    }

    @Test
    void anOpenFaultAndAnOpenDisputeAreWorkedAtOnceAndTheOfferWaitsForBoth() {
        request("service-quality", true);
        score("medium", "high", "FR-2026-000044", "BD-2026-000010");
        checkDispute(true);
        Task fix = userTask("Task_FixFaultFirst", "dispatch");
        Task settle = userTask("Task_SettleDisputeFirst", "billing-managers");

        tasks.complete(fix.getId(), Map.of("faultOutcome", "fixed"));
        assertThat(instance).isWaitingAt("Task_SettleDisputeFirst").hasNotPassed("Task_DecideOffer");

        tasks.complete(settle.getId(), Map.of("disputeOutcome", "decided"));
        assertThat(instance).hasPassed("Gateway_AllFixed").hasNotPassed("Task_DecideOffer");
        reassess("medium", "high", "Customer since 2020-01. No open faults or disputes.");
        assertThat(instance).hasPassed("Task_DecideOffer");
        priceOffer("speed-upgrade", 200, 6, 120.0);
        assertThat(userTask("Task_SaveCall", "retention")).isNotNull();
    }

    @Test
    void theSaveWindowEndsTheWaitForFaultAndDisputeTogetherAndTheCancellationGoesAheadOnce() {
        request("service-quality", true);
        score("high", "medium", "FR-2026-000045", "BD-2026-000011");
        checkDispute(true);

        fire("Event_FixDeadline");

        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).as("both tasks cancelled").isZero();
        finalBill(); // fails unless exactly one final bill waits
        assertThat(instance).hasNotPassed("Task_DecideOffer");
        assertThat(timer("Event_ServiceEnds").getDuedate()).isEqualTo(Date.from(ENDS_AT));
    }

    // ------------------------------------------------------------------ steps

    private void acceptSpeedUpgrade() {
        request("service-quality", true);
        score("medium", "high", null);
        assertThat(var("suggestedOffer")).isEqualTo(Map.of("offerType", "speed-upgrade", "offerValue", 100, "offerMonths", 6));
        priceOffer("speed-upgrade", 200, 6, 120.0);
        tasks.complete(userTask("Task_SaveCall", "retention").getId(), Map.of("saveOutcome", "accepted"));
        complete("Task_ApplyOffer", Map.of("offerApplied", "applied", "offerEndsAt", Date.from(UPGRADE_ENDS_AT)));
        send("Task_SendOfferConfirmed", "retention-offer-confirmed");
    }

    private void request(String reason, boolean winBackAllowed) {
        reference = "CS-2026-" + String.format("%06d", ++counter);
        Map<String, Object> start = new HashMap<>();
        start.put("cancellationReference", reference);
        start.put("customerId", 42L);
        start.put("customerReference", "CU-000042");
        start.put("customerName", "Zhang Wei");
        start.put("tier", "standard");
        start.put("subscriptionId", 7L);
        start.put("lineNumber", "BB-0571-088360");
        start.put("reason", reason);
        start.put("winBackAllowed", winBackAllowed);
        start.put("serviceEndsAt", Date.from(ENDS_AT));
        start.put("saveDeadline", Date.from(SAVE_DEADLINE));
        instance = runtime.startProcessInstanceByKey("cancellation-save", reference, start);
        send("Task_SendAcknowledgment", "cancellation-acknowledged");
    }

    private void score(String churnRisk, String cltvBand, String openFault) {
        score(churnRisk, cltvBand, openFault, null);
    }

    /** What retention.score-customer outputs; null for no open fault or dispute. */
    private void score(String churnRisk, String cltvBand, String openFault, String openDispute) {
        complete("Task_ScoreCustomer", Map.of("churnRisk", churnRisk, "cltvBand", cltvBand,
                "hasOpenFault", openFault != null, "openFaultId", openFault == null ? "" : openFault,
                "hasOpenDispute", openDispute != null, "openDisputeId", openDispute == null ? "" : openDispute,
                "customerStory", "Customer since 2020-01"));
    }

    /** What retention.score-customer outputs the second time, after the fix-first tasks: nothing open any more. */
    private void reassess(String churnRisk, String cltvBand, String story) {
        complete("Task_Reassess", Map.of("churnRisk", churnRisk, "cltvBand", cltvBand, "hasOpenFault", false, "openFaultId", "",
                "hasOpenDispute", false, "openDisputeId", "", "customerStory", story));
    }

    /** What retention.check-open-dispute outputs for a dispute still open or already decided. */
    private void checkDispute(boolean stillOpen) {
        complete("Task_CheckDispute", Map.of("disputeStillOpen", stillOpen,
                "openDisputeSummary", stillOpen ? "bill B-1, CNY 30.00 disputed (open)" : "BD-2026-000009 is decided"));
    }

    private void priceOffer(String type, int value, int months, double cost) {
        complete("Task_PriceOffer", Map.of("offerType", type, "offerValue", value, "offerMonths", months,
                "offerCost", cost, "offerSummary", type));
    }

    private void finalBill() {
        complete("Task_IssueFinalBill", Map.of("finalCreditAmount", 42.5, "equipmentFeeAmount", 200.0,
                "returnBy", Date.from(ENDS_AT.plus(Duration.ofDays(14))), "feeDueAt", Date.from(ENDS_AT.plus(Duration.ofDays(28)))));
        send("Task_SendCancellationConfirmed", "cancellation-confirmed");
        send("Task_SendReturnLabel", "equipment-return-label");
    }

    // ------------------------------------------------------------------ plumbing

    private Object var(String name) {
        return runtime.getVariable(instance.getId(), name);
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private void later(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(now().plus(duration)));
    }

    private Job timer(String activityId) {
        Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
        if (job == null) {
            fail("No timer " + activityId + "; the case waits at " + runtime.getActiveActivityIds(instance.getId()));
        }
        return job;
    }

    /** Moves the clock to the timer's due date (never back) and fires it. */
    private void fire(String activityId) {
        Job job = timer(activityId);
        if (job.getDuedate().toInstant().isAfter(now())) {
            ClockUtil.setCurrentTime(job.getDuedate());
        }
        management.executeJob(job.getId());
    }

    private void send(String activityId, String messageType) {
        LockedExternalTask task = lock(activityId);
        assertThat(task.getTopicName()).isEqualTo("communication.send-message");
        assertThat(task.getVariables()).containsEntry("messageType", messageType);
        sent.add(messageType);
        externalTasks.complete(task.getId(), WORKER);
    }

    private void complete(String activityId, Map<String, Object> outputs) {
        externalTasks.complete(lock(activityId).getId(), WORKER, outputs);
    }

    private LockedExternalTask lock(String activityId) {
        return ExternalTaskLock.lock(processEngine, instance.getId(), reference, activityId, WORKER);
    }

    private Task userTask(String key, String candidateGroup) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
        if (open.size() != 1) {
            fail("Expected one user task " + key + ", but the case waits at " + runtime.getActiveActivityIds(instance.getId()));
        }
        assertThat(tasks.getIdentityLinksForTask(open.get(0).getId()).stream().map(IdentityLink::getGroupId)
                .filter(g -> g != null).toList()).containsExactly(candidateGroup);
        return open.get(0);
    }
}
