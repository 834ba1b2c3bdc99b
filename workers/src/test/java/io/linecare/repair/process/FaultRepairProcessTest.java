package io.linecare.repair.process;

import static io.linecare.repair.process.FaultRepairCase.PREMIUM_MAJOR;
import static io.linecare.repair.process.FaultRepairCase.STANDARD_VOICE_DOWN;
import static io.linecare.repair.process.FaultRepairCase.LineTest.AREA_OUTAGE;
import static io.linecare.repair.process.FaultRepairCase.LineTest.CPE_FAULT;
import static io.linecare.repair.process.FaultRepairCase.LineTest.LINE_FAULT;
import static io.linecare.repair.process.FaultRepairCase.LineTest.REMOTELY_FIXABLE;
import static io.linecare.repair.process.FaultRepairCase.Slots.KEEP_PROMISE;
import static io.linecare.repair.process.FaultRepairCase.Slots.TOO_LATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.linecare.support.ProcessTestEngine;

/**
 * fault-repair.bpmn, path by path, with sla-policy and compensation-policy deployed beside it. The
 * workers do not run: {@link FaultRepairCase} completes the external tasks through the API with the
 * outputs the real handlers give, correlates the status-page messages, completes the staff tasks and
 * moves the clock.
 */
@Deployment(resources = {"processes/fault-repair.bpmn", "processes/sla-policy.dmn", "processes/compensation-policy.dmn"})
class FaultRepairProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverageAtLeast(0.95);

    /** Monday 2 March 2026, 08:00 UTC: when every fault in this class is reported. */
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    /** premium/major: sla-policy promises 16 h, at risk at 80 % = 12 h 48 min. */
    static final Duration PROMISE = Duration.ofHours(16);
    static final Duration AT_RISK = Duration.ofMinutes(16 * 48);
    /** The confirmed incident (complaint group) a ticket joins. */
    static final String INCIDENT = "CG-2026-000007";

    private ProcessEngine processEngine;

    @BeforeEach
    void setUp(ProcessEngine processEngine) {
        init(processEngine);
        this.processEngine = processEngine;
        ClockUtil.setCurrentTime(Date.from(T0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private FaultRepairCase reportFault() {
        return FaultRepairCase.reportFault(processEngine, PREMIUM_MAJOR);
    }

    // ------------------------------------------------------------------ remote fix

    @Test
    void remoteFixConfirmedByTheCustomerCloses() {
        FaultRepairCase c = reportFault();

        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_DiagnoseLine"));
        assertThat(c.var("compensationClass")).isEqualTo("B");
        assertThat(c.instantVar("promisedAt")).isEqualTo(T0.plus(PROMISE));
        assertThat(c.timer("Event_PromiseAtRisk").getDuedate()).isEqualTo(Date.from(T0.plus(AT_RISK)));
        assertThat(c.timer("Event_PromiseBroken").getDuedate()).isEqualTo(Date.from(T0.plus(PROMISE)));

        c.after(Duration.ofMinutes(10)).lineTestSays(REMOTELY_FIXABLE).remoteFix(true).resolved();

        assertThat(c.instance()).isWaitingAt("Gateway_WaitForConfirmation")
                .hasPassed("Event_FixedRemotely");
        assertNeverReached(c, "Task_ProposeSlots");
        assertThat(c.timer("Event_NoAnswer").getDuedate()).isEqualTo(c.var("confirmBy"));
        assertThat(c.timers()).as("the promise timers went with the repair sub-process").containsExactly("Event_NoAnswer");

        c.customerConfirms(true, 5).closed();

        assertThat(c.messagesSent()).containsExactly(
                "Task_SendAcknowledgment: ticket-acknowledged",
                "Task_SendRemoteFixDone: remote-fix-done");
        assertThat(c.var("closedAutomatically")).isEqualTo(false);
        assertThat(c.var("satisfactionScore")).isEqualTo(5);
        assertThat(c.var("resolution")).isEqualTo("remote");
        assertEndedWithNothingLeft(c);
    }

    // ------------------------------------------------------------------ scheduling

    @Test
    void visitFixedAfterTheCustomerPicksASlotOnTheStatusPage() {
        FaultRepairCase c = reportFault().lineTestSays(LINE_FAULT);
        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_ProposeSlots"));

        c.offerSlots(KEEP_PROMISE);

        assertThat(c.instance()).isWaitingAt("Gateway_WaitForSlotPick");
        assertThat(c.var("promisePaused")).isEqualTo(true);
        assertThat(c.var("slotRound")).isEqualTo(1);

        c.after(Duration.ofHours(2)).customerPicks("slot-2");

        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_BookAppointment"));
        assertThat(c.var("pickedSlotId")).isEqualTo("slot-2");
        assertThat(c.var("promisePaused")).isEqualTo(false);
        assertThat(c.instantVar("promisedAt")).as("moved by the 2 h the customer took").isEqualTo(T0.plus(PROMISE).plus(Duration.ofHours(2)));

        c.visitBooked();
        assertThat(c.instance()).isWaitingAt("Task_Visit");

        c.technicianReports("resolved").resolved().customerConfirms(true, 4).closed();

        assertThat(c.messagesSent()).containsExactly(
                "Task_SendAcknowledgment: ticket-acknowledged",
                "Task_SendSlotsOffered: slots-offered",
                "Task_SendAppointmentConfirmed: appointment-confirmed",
                "Task_SendPleaseConfirm: resolved-please-confirm");
        assertThat(c.instance()).hasPassed("Event_FixedOnVisit");
        assertNeverReached(c, "Task_AgreeVisitTime", "Task_SendLateSlots");
        assertThat(c.var("visitCount")).isEqualTo(1);
        assertThat(c.var("resolution")).isEqualTo("visit");
        assertEndedWithNothingLeft(c);
    }

    @Test
    void dispatcherAgreesTheTimeByPhoneWhenNoSlotIsPickedIn24Hours() {
        FaultRepairCase c = reportFault().lineTestSays(CPE_FAULT).offerSlots(KEEP_PROMISE);
        assertThat(c.timer("Event_NoSlotPicked").getDuedate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(24))));

        c.noPickWithin24h();
        assertThat(c.instance()).isWaitingAt("Task_AgreeVisitTime");

        c.dispatcherAnswers("2");

        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_BookAppointment"));
        assertThat(c.var("slotChoice")).isEqualTo("2");
        assertThat(c.var("pickedSlotId")).isNull();
        assertThat(c.instantVar("promisedAt")).as("moved by the 24 h the clock was paused")
                .isEqualTo(T0.plus(PROMISE).plus(Duration.ofHours(24)));

        c.visitBooked().technicianReports("resolved").resolved().customerConfirms(true, 3).closed();
        assertThat(c.instance()).hasPassed("Event_NoSlotPicked", "Gateway_VisitAgreed");
        assertNeverReached(c, "Event_SlotPicked");
        assertEndedWithNothingLeft(c);
    }

    @Test
    void customerUnreachableIsTriedAgainIn4HoursWhileTheClockStaysPaused() {
        FaultRepairCase c = reportFault().lineTestSays(LINE_FAULT).offerSlots(KEEP_PROMISE).noPickWithin24h()
                .dispatcherAnswers("unreachable");

        assertThat(c.instance()).isWaitingAtExactly(inRepair("Gateway_PickOrCallAgain"));
        assertThat(c.timer("Event_TryAgainLater").getDuedate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(28))));
        assertThat(c.var("promisePaused")).isEqualTo(true);

        c.whenDue("Event_TryAgainLater");

        // dispatch calls again; still unreachable, the customer then picks on the status page
        assertThat(c.instance()).isWaitingAt("Task_AgreeVisitTime");
        assertThat(c.var("promisePaused")).isEqualTo(true);
        assertThat(c.messagesSent()).as("no new offer").containsOnlyOnce("Task_SendSlotsOffered: slots-offered");
        c.dispatcherAnswers("unreachable");
        c.customerPicks("slot-1");

        assertThat(c.instantVar("promisedAt")).as("moved by the whole 28 h wait")
                .isEqualTo(T0.plus(PROMISE).plus(Duration.ofHours(28)));
        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_BookAppointment"));
    }

    @Test
    void noneOfTheSlotsFitsSoNewSlotsAreProposedAndTheFirstPauseCounts() {
        FaultRepairCase c = reportFault().lineTestSays(LINE_FAULT).offerSlots(KEEP_PROMISE).noPickWithin24h()
                .dispatcherAnswers("new-slots");

        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_ProposeSlots"));

        c.offerSlots(TOO_LATE);

        assertThat(c.var("slotRound")).isEqualTo(2);
        assertThat(c.instantVar("pausedAt")).as("pausing a paused clock keeps the first pause").isEqualTo(T0);
        assertThat(c.messagesSent()).containsExactly(
                "Task_SendAcknowledgment: ticket-acknowledged",
                "Task_SendSlotsOffered: slots-offered",
                "Task_SendLateSlots: promise-at-risk",
                "Task_SendSlotsOffered: slots-offered");

        c.after(Duration.ofHours(1)).customerPicks("slot-1");
        assertThat(c.instantVar("promisedAt")).isEqualTo(T0.plus(PROMISE).plus(Duration.ofHours(25)));
        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_BookAppointment"));
    }

    @Test
    void aSlotTakenMeanwhileGetsNewSlots() {
        FaultRepairCase c = reportFault().lineTestSays(LINE_FAULT).offerSlots(KEEP_PROMISE)
                .after(Duration.ofHours(1)).customerPicks("slot-1").slotTaken();

        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_ProposeSlots")).hasPassed("Event_SlotTaken");

        c.offerSlots(KEEP_PROMISE);
        assertThat(c.var("slotRound")).isEqualTo(2);
        assertThat(c.var("pickedSlotId")).as("the stale pick is cleared").isNull();
        assertThat(c.var("promisePaused")).isEqualTo(true);
        assertThat(c.lastMessage()).containsEntry("purpose", "slots-offered-2");

        c.customerPicks("slot-3").visitBooked();
        assertThat(c.instance()).isWaitingAt("Task_Visit");
        assertThat(c.messagesSent()).containsExactly(
                "Task_SendAcknowledgment: ticket-acknowledged",
                "Task_SendSlotsOffered: slots-offered",
                "Task_SendSlotsOffered: slots-offered",
                "Task_SendAppointmentConfirmed: appointment-confirmed");
    }

    // ------------------------------------------------------------------ the visit

    @Test
    void aSecondVisitIsScheduledLikeTheFirst() {
        FaultRepairCase c = reportFault().lineTestSays(LINE_FAULT).offerSlots(KEEP_PROMISE).customerPicks("slot-1")
                .visitBooked().technicianReports("second-visit");

        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_ProposeSlots"));
        assertThat(c.var("resolution")).isEqualTo("");

        c.offerSlots(KEEP_PROMISE).customerPicks("slot-2").visitBooked().technicianReports("resolved").resolved();

        assertThat(c.var("visitCount")).isEqualTo(2);
        assertThat(c.var("resolution")).isEqualTo("visit");
        assertThat(c.instance()).isWaitingAt("Gateway_WaitForConfirmation");
        assertThat(passes(c, "Task_Visit")).isEqualTo(2);
        assertThat(c.messagesSent()).filteredOn(m -> m.endsWith("appointment-confirmed")).hasSize(2);
    }

    @Test
    void networkWorkFoundOnTheVisitGoesToTheNetworkAnalysts() {
        FaultRepairCase c = reportFault().lineTestSays(LINE_FAULT).offerSlots(KEEP_PROMISE).customerPicks("slot-1")
                .visitBooked().technicianReports("network-work");

        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_NetworkWork"));
        assertThat(c.var("transferCount")).isEqualTo(1);

        c.networkWorkDone().resolved().customerConfirms(true, 5).closed();

        assertThat(c.var("resolution")).isEqualTo("network");
        assertThat(c.instance()).hasPassed("Event_FixedInNetwork");
        assertNeverReached(c, "Event_FixedOnVisit");
        assertThat(c.messagesSent()).endsWith("Task_SendPleaseConfirm: resolved-please-confirm");
        assertEndedWithNothingLeft(c);
    }

    @Test
    void anAreaOutageGoesStraightToNetworkWork() {
        FaultRepairCase c = reportFault().lineTestSays(AREA_OUTAGE);

        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_NetworkWork"));
        assertNeverReached(c, "Task_ProposeSlots", "Task_FixRemotely");
        assertThat(c.var("transferCount")).isEqualTo(1);
        assertThat(c.userTask("Task_NetworkWork", "network-analysts").getDueDate()).isEqualTo(Date.from(T0.plus(PROMISE)));

        c.networkWorkDone().resolved();
        assertThat(c.var("resolution")).isEqualTo("network");
        assertThat(c.messagesSent()).containsExactly(
                "Task_SendAcknowledgment: ticket-acknowledged",
                "Task_SendPleaseConfirm: resolved-please-confirm");
    }

    @Test
    void anAreaOutageOfAGroupUnderReviewWaitsForTheVerdictAndARejectionSendsItToNetworkWork() {
        FaultRepairCase c = reportFault().lineTestSays(AREA_OUTAGE, "CG-2026-000031");

        assertThat(c.instance()).isWaitingAtExactly(inRepair("Gateway_AwaitVerdict"));
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(c.instance().getId()).count())
                .as("no network-work task next to the analyst's review").isZero();

        c.groupReleased("CG-2026-000077");
        assertThat(c.instance()).as("another group's verdict").isWaitingAtExactly(inRepair("Gateway_AwaitVerdict"));
        c.groupReleased("CG-2026-000031");

        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_NetworkWork")).hasPassed("Event_GroupReleased");
        c.networkWorkDone().resolved();
        assertThat(c.var("resolution")).isEqualTo("network");
    }

    @Test
    void withoutAVerdictIn30MinutesTheAreaOutageGoesToNetworkWorkAnyway() {
        FaultRepairCase c = reportFault().lineTestSays(AREA_OUTAGE, "CG-2026-000032");
        assertThat(c.timer("Event_NoVerdict").getDuedate()).isEqualTo(Date.from(T0.plus(Duration.ofMinutes(30))));

        c.whenDue("Event_NoVerdict");

        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_NetworkWork")).hasNotPassed("Event_GroupReleased");
    }

    @Test
    void aConfirmationWhileTheTicketWaitsForTheVerdictHoldsIt() {
        FaultRepairCase c = reportFault().lineTestSays(AREA_OUTAGE, "CG-2026-000033");

        c.incidentConfirmed();

        assertThat(c.instance()).isWaitingAtExactly("Task_JoinIncident").hasPassed("Event_IncidentConfirmed");
        assertThat(c.timers()).as("the no-verdict timer went with the repair").doesNotContain("Event_NoVerdict");
        assertNeverReached(c, "Task_NetworkWork");
    }

    @Test
    void aTicketWhoseGroupWasConfirmedBeforeItsRepairListenedIsHeldByItsOwnLineTest() {
        FaultRepairCase c = reportFault();

        c.lineTestFindsConfirmedIncident();

        assertThat(c.instance()).isWaitingAtExactly("Task_JoinIncident")
                .hasPassed("Event_ConfirmedMeanwhile", "Event_RejoinIncident", "Event_IncidentConfirmed");
        assertNeverReached(c, "Task_ProposeSlots", "Task_NetworkWork", "Task_FixRemotely");
        c.heldFor(INCIDENT, T0.plus(Duration.ofHours(6)));
        assertThat(c.instance()).isWaitingAtExactly("Gateway_WaitForIncident");
    }

    @Test
    void aReminderIsSentTheDayBeforeWhenTheVisitIsFarEnoughAhead() {
        Instant visit = T0.plus(Duration.ofDays(2));
        FaultRepairCase c = reportFault().lineTestSays(LINE_FAULT).offerSlots(KEEP_PROMISE).customerPicks("slot-3")
                .visitBookedAt(visit);
        assertThat(c.var("reminderUseful")).isEqualTo(true);
        assertThat(c.timer("Event_VisitReminder").getDuedate()).isEqualTo(Date.from(visit.minus(Duration.ofDays(1))));

        c.reminderTimerFires();
        assertThat(c.messagesSent()).endsWith("Task_SendReminder: appointment-reminder");
        assertThat(c.lastMessage()).containsEntry("purpose", "reminder-A-1");
        assertThat(c.instance()).hasPassed("Event_Reminded").isWaitingAt("Task_Visit");
    }

    @Test
    void noReminderWhenTheVisitIsSoonAfterTheConfirmation() {
        FaultRepairCase c = reportFault().lineTestSays(LINE_FAULT).offerSlots(KEEP_PROMISE).customerPicks("slot-1")
                .visitBooked();
        assertThat(c.var("reminderUseful")).isEqualTo(false);

        c.reminderTimerFires();
        assertThat(c.instance()).hasPassed("Event_NoReminder").isWaitingAt("Task_Visit");
        assertNeverReached(c, "Task_SendReminder");
        assertThat(c.messagesSent()).noneMatch(m -> m.contains("reminder"));
    }

    @Test
    void aTechnicianNoShowIsRebookedCompensatedAndApologisedFor() {
        FaultRepairCase c = reportFault().lineTestSays(LINE_FAULT).offerSlots(KEEP_PROMISE).customerPicks("slot-1")
                .visitBooked();
        Date missedEnd = (Date) c.var("appointmentEnd");
        assertThat(c.timer("Event_TechnicianNoShow").getDuedate()).isEqualTo(Date.from(missedEnd.toInstant().plusSeconds(1800)));

        // the new window ends 26 h after the missed one: class B, a day late -> 3 free days
        c.technicianDoesNotCome().rebookedFirstInLineAt(missedEnd.toInstant().plus(Duration.ofHours(24)));

        assertThat(c.var("hoursLate")).isEqualTo(26.0);
        assertThat(c.var("compensation")).isEqualTo(Map.of("creditType", "free-days", "creditAmount", 0.0, "freeDays", 3));
        c.creditApplied("Task_ApplyNoShowCredit", 38.7);
        assertThat(c.creditsApplied()).singleElement().satisfies(credit -> assertThat(credit)
                .containsEntry("purpose", "no-show-A-1").containsEntry("creditType", "free-days")
                .containsEntry("freeDays", 3).containsEntry("creditReason", "Missed technician visit " + c.ticketId()));

        assertThat(c.instance()).isWaitingAt("Task_SendNoShowApology");
        c.apologyForNoShow();
        // the apology names the missed visit and the new one
        assertThat(c.lastMessage()).containsEntry("purpose", "no-show-A-1").containsEntry("missedPromise", missedEnd)
                .containsEntry("promisedAt", c.var("appointmentEnd")).containsEntry("creditAmount", 38.7);
        assertThat(c.messagesSent()).filteredOn(m -> m.contains("apology"))
                .containsExactly("Task_SendNoShowApology: apology-compensation");

        assertThat(c.instance()).isWaitingAt("Task_Visit");
        assertThat(passes(c, "Task_Visit")).isEqualTo(2);
        assertThat(c.var("appointmentId")).isEqualTo("A-2");
        assertThat(c.timer("Event_TechnicianNoShow").getDuedate())
                .isEqualTo(Date.from(missedEnd.toInstant().plus(Duration.ofHours(26)).plusSeconds(1800)));

        c.technicianReports("resolved").resolved().customerConfirms(true, 2).closed();
        assertEndedWithNothingLeft(c);
    }

    // ------------------------------------------------------------------ promise keeping

    @Test
    void atRiskTheCustomerIsWarnedAndDispatchGetsATaskOnlyOnceEvenAfterAReopen() {
        FaultRepairCase c = reportFault().lineTestSays(LINE_FAULT).offerSlots(KEEP_PROMISE).customerPicks("slot-1")
                .visitBookedAt(T0.plus(Duration.ofHours(14)));

        c.whenDue("Event_PromiseAtRisk");
        assertThat(ClockUtil.getCurrentTime()).isEqualTo(Date.from(T0.plus(AT_RISK)));
        c.customerWarnedRunningLate();

        assertThat(c.var("promiseWarned")).isEqualTo(true);
        assertThat(c.var("estimatedAt")).isEqualTo(Date.from(T0.plus(PROMISE).plus(Duration.ofHours(4))));
        assertThat(c.instance()).isWaitingAt("Task_Visit", "Task_ReviewPromiseAtRisk");

        c.dispatchReviewsPromiseAtRisk().after(Duration.ofHours(2)).technicianReports("resolved").resolved()
                .after(Duration.ofMinutes(30)).customerConfirms(false, 1).reopened();

        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_DiagnoseLine"));
        assertThat(c.var("reopenCount")).isEqualTo(1);
        // the re-entered sub-process arms the at-risk timer again, at the time that has already passed
        c.whenDue("Event_PromiseAtRisk");
        assertThat(c.instance()).hasPassed("Event_AtRiskNotNeeded");
        assertThat(passes(c, "Task_EstimateRestoration")).isEqualTo(1);
        assertThat(passes(c, "Task_ReviewPromiseAtRisk")).isEqualTo(1);
        assertThat(c.messagesSent()).filteredOn(m -> m.endsWith("promise-at-risk"))
                .containsExactly("Task_SendPromiseAtRisk: promise-at-risk");
        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_DiagnoseLine"));
    }

    @Test
    void aBrokenPromiseIsCompensatedByPolicyAndApologisedForExactlyOnce() {
        FaultRepairCase c = reportFault().lineTestSays(AREA_OUTAGE);

        c.whenDue("Event_PromiseBroken").promiseRevised(Duration.ofHours(30));

        // compensation-policy: class B, 30 h late -> 3 free days, no money
        assertThat(c.var("hoursLate")).isEqualTo(30.0);
        assertThat(c.var("compensation")).isEqualTo(Map.of("creditType", "free-days", "creditAmount", 0.0, "freeDays", 3));
        c.creditApplied("Task_ApplyCredit", 38.7);
        assertThat(c.creditsApplied()).singleElement().satisfies(credit -> assertThat(credit)
                .containsEntry("purpose", "promise-broken").containsEntry("creditType", "free-days")
                .containsEntry("creditAmount", 0.0).containsEntry("freeDays", 3)
                .containsEntry("creditReason", "Repair promise " + c.ticketId() + " missed"));
        c.apologyForBrokenPromise();
        assertThat(c.lastMessage()).as("the apology names the credit").containsEntry("purpose", "promise-broken")
                .containsEntry("creditAmount", 38.7);
        assertThat(c.instance()).hasPassed("Event_BreachCompensated").isWaitingAtExactly(inRepair("Task_NetworkWork"));
        assertThat(c.var("promiseBroken")).isEqualTo(true);
        assertThat(c.instantVar("promisedAt")).isEqualTo(T0.plus(PROMISE).plus(Duration.ofHours(30)));

        // not fixed: the sub-process starts again and arms the breach timer at the revised promise
        c.networkWorkDone().resolved().customerConfirms(false, 1).reopened();
        assertThat(c.timer("Event_PromiseBroken").getDuedate()).isEqualTo(Date.from(T0.plus(PROMISE).plus(Duration.ofHours(30))));
        c.whenDue("Event_PromiseBroken");

        assertThat(c.instance()).hasPassed("Event_BreachNotNeeded");
        assertThat(passes(c, "Task_RevisePromise")).isEqualTo(1);
        assertThat(c.creditsApplied()).hasSize(1);
        assertThat(c.messagesSent()).filteredOn(m -> m.endsWith("apology-compensation"))
                .containsExactly("Task_SendApology: apology-compensation");
        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_DiagnoseLine"));
    }

    @Test
    void compensationPolicyPricesClassCByHoursLate() {
        FaultRepairCase c = FaultRepairCase.reportFault(processEngine, STANDARD_VOICE_DOWN).lineTestSays(AREA_OUTAGE);
        assertThat(c.var("compensationClass")).isEqualTo("C");
        assertThat(c.timer("Event_PromiseBroken").getDuedate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(12))));

        c.whenDue("Event_PromiseBroken").promiseRevised(Duration.ofHours(50));

        assertThat(c.var("compensation")).isEqualTo(Map.of("creditType", "free-days", "creditAmount", 0.0, "freeDays", 3));
    }

    @Test
    void promiseTimersThatFallDueWhileTheClockIsPausedWaitForTheResumeAndFireAtTheMovedTime() {
        FaultRepairCase c = reportFault().lineTestSays(LINE_FAULT).offerSlots(KEEP_PROMISE);

        c.whenDue("Event_PromiseAtRisk");
        assertThat(c.instance()).isWaitingAt("Event_AtRiskClockResumed");
        assertNeverReached(c, "Task_EstimateRestoration");
        c.whenDue("Event_PromiseBroken");
        assertThat(c.instance()).isWaitingAt("Event_BreachClockResumed");
        assertNeverReached(c, "Task_RevisePromise");
        assertThat(c.instance()).isWaitingAt("Gateway_WaitForSlotPick");

        // 20 h after the pause the customer picks: the promise and the at-risk time move by 20 h
        c.until(T0.plus(Duration.ofHours(20))).customerPicks("slot-3");
        Instant movedAtRisk = T0.plus(AT_RISK).plus(Duration.ofHours(20));
        Instant movedPromise = T0.plus(PROMISE).plus(Duration.ofHours(20));
        assertThat(c.instantVar("atRiskAt")).isEqualTo(movedAtRisk);
        assertThat(c.instantVar("promisedAt")).isEqualTo(movedPromise);

        assertThat(c.instance()).isWaitingAt("Event_AtRiskAgain", "Event_BreachAgain");
        assertThat(c.timer("Event_AtRiskAgain").getDuedate()).isEqualTo(Date.from(movedAtRisk));
        assertThat(c.timer("Event_BreachAgain").getDuedate()).isEqualTo(Date.from(movedPromise));

        c.visitBookedAt(movedPromise.plus(Duration.ofHours(2)));
        c.whenDue("Event_AtRiskAgain").customerWarnedRunningLate();
        assertThat(ClockUtil.getCurrentTime()).isEqualTo(Date.from(movedAtRisk));

        c.whenDue("Event_BreachAgain").promiseRevised(Duration.ofHours(5));
        assertThat(c.var("compensation")).isEqualTo(Map.of("creditType", "free-days", "creditAmount", 0.0, "freeDays", 1));
        c.creditApplied("Task_ApplyCredit", 12.9).apologyForBrokenPromise().dispatchReviewsPromiseAtRisk();
        assertThat(c.instance()).hasPassed("Event_AtRiskHandled", "Event_BreachCompensated").isWaitingAt("Task_Visit");
        assertThat(passes(c, "Gateway_AtRiskClockPaused")).isEqualTo(2);
        assertThat(passes(c, "Gateway_BreachClockPaused")).isEqualTo(2);
    }

    // ------------------------------------------------------------------ closing

    @Test
    void notFixedReopensTheTicketAndGoesBackToDiagnosis() {
        FaultRepairCase c = reportFault().lineTestSays(REMOTELY_FIXABLE).remoteFix(true).resolved()
                .customerConfirms(false, 1).reopened();

        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_DiagnoseLine"));
        assertThat(c.var("reopenCount")).isEqualTo(1);
        assertThat(c.var("repairDone")).isEqualTo(false);
        assertThat(c.var("resolution")).isEqualTo("");

        c.lineTestSays(REMOTELY_FIXABLE).remoteFix(false);
        assertThat(c.instance()).as("the remote fix did not help: a technician has to come")
                .isWaitingAtExactly(inRepair("Task_ProposeSlots"));
    }

    @Test
    void notFixedTwiceGoesStraightToScheduling() {
        FaultRepairCase c = reportFault().lineTestSays(REMOTELY_FIXABLE).remoteFix(true).resolved()
                .customerConfirms(false, 1).reopened()
                .lineTestSays(REMOTELY_FIXABLE).remoteFix(true).resolved()
                .customerConfirms(false, 1).reopened();

        assertThat(c.var("reopenCount")).isEqualTo(2);
        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_ProposeSlots"));
        assertThat(passes(c, "Task_DiagnoseLine")).isEqualTo(2);
        assertThat(c.messagesSent()).filteredOn(m -> m.endsWith("remote-fix-done")).hasSize(2);
    }

    @Test
    void noAnswerIn72HoursClosesTheTicketAutomatically() {
        FaultRepairCase c = reportFault().lineTestSays(REMOTELY_FIXABLE).after(Duration.ofHours(1)).remoteFix(true)
                .resolved();
        assertThat(c.instantVar("confirmBy")).isEqualTo(T0.plus(Duration.ofHours(73)));

        c.whenDue("Event_NoAnswer").closed();

        assertThat(ClockUtil.getCurrentTime()).isEqualTo(Date.from(T0.plus(Duration.ofHours(73))));
        assertThat(c.var("closedAutomatically")).isEqualTo(true);
        assertThat(c.instance()).hasPassed("Event_NoAnswer");
        assertNeverReached(c, "Event_FixConfirmed");
        assertEndedWithNothingLeft(c);
    }

    @Test
    void closingTerminatesWhatIsStillOpen() {
        FaultRepairCase c = reportFault().lineTestSays(AREA_OUTAGE).whenDue("Event_PromiseAtRisk")
                .customerWarnedRunningLate();
        assertThat(c.instance()).isWaitingAt("Task_NetworkWork", "Task_ReviewPromiseAtRisk");

        c.networkWorkDone().resolved().customerConfirms(true, 4).closed();

        assertEndedWithNothingLeft(c);
        assertThat(processEngine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(c.instance().getId()).taskDefinitionKey("Task_ReviewPromiseAtRisk").singleResult()
                .getDeleteReason()).as("the open dispatch task was cancelled by the terminate end").isNotEqualTo("completed");
    }

    // ------------------------------------------------------------------ moved promises and call-backs

    /**
     * The promise timers are armed when the repair starts; a pause that ends before they are due moves the
     * promise, so a timer firing at the old time sees the deadline still ahead ("moved later") and waits for it.
     */
    @Test
    void promiseTimersMoveWithAPauseThatEndsBeforeTheyAreDue() {
        FaultRepairCase c = reportFault().lineTestSays(LINE_FAULT).offerSlots(KEEP_PROMISE)
                .after(Duration.ofHours(2)).customerPicks("slot-1").visitBookedAt(T0.plus(Duration.ofHours(30)));
        Instant movedPromise = T0.plus(PROMISE).plus(Duration.ofHours(2));
        assertThat(c.instantVar("promisedAt")).isEqualTo(movedPromise);

        Instant movedAtRisk = T0.plus(AT_RISK).plus(Duration.ofHours(2));
        assertThat(c.instantVar("atRiskAt")).isEqualTo(movedAtRisk);

        c.until(movedAtRisk.minus(Duration.ofMinutes(1)));
        assertNeverReached(c, "Task_EstimateRestoration"); // no warning before the moved at-risk time
        c.until(movedAtRisk);
        assertThat(c.instance()).isWaitingAt("Task_EstimateRestoration");
        c.customerWarnedRunningLate();

        c.until(movedPromise.minus(Duration.ofMinutes(1)));
        assertNeverReached(c, "Task_RevisePromise"); // no compensation before the moved promise
        c.until(movedPromise);
        assertThat(c.instance()).isWaitingAt("Task_RevisePromise");
    }

    @Test
    void anUnreachableCustomerIsCalledAgainAfter4Hours() {
        FaultRepairCase c = reportFault().lineTestSays(LINE_FAULT).offerSlots(KEEP_PROMISE).noPickWithin24h()
                .dispatcherAnswers("unreachable").whenDue("Event_TryAgainLater");

        assertThat(ClockUtil.getCurrentTime()).isEqualTo(Date.from(T0.plus(Duration.ofHours(28))));
        assertThat(c.instance()).isWaitingAt("Task_AgreeVisitTime");
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(c.instance().getId())
                .singleResult().getDueDate()).as("dispatch calls within 2 h").isEqualTo(Date.from(T0.plus(Duration.ofHours(30))));
    }

    @Test
    void anUnreachableCustomerCanStillPickOnTheStatusPageBeforeWeCallAgain() {
        FaultRepairCase c = reportFault().lineTestSays(LINE_FAULT).offerSlots(KEEP_PROMISE).noPickWithin24h()
                .dispatcherAnswers("unreachable");
        assertThat(c.instance()).isWaitingAt("Gateway_PickOrCallAgain");

        processEngine.getRuntimeService().createMessageCorrelation("Msg_SlotPicked").processInstanceBusinessKey(c.ticketId())
                .setVariable("pickedSlotId", "slot-2").correlate();

        assertThat(c.instance()).isWaitingAt("Task_ResumePromise");
        assertNeverReached(c, "Event_TryAgainLater");
    }

    // ------------------------------------------------------------------ network incidents (complaint-group)

    @Test
    void aFaultReportedDuringAConfirmedIncidentJoinsItAtIntakeAndWaitsWithoutItsOwnRepair() {
        Instant estimate = T0.plus(Duration.ofHours(6));
        FaultRepairCase c = FaultRepairCase.reportFaultDuringIncident(processEngine, PREMIUM_MAJOR, INCIDENT, estimate);

        assertThat(c.instance()).isWaitingAtExactly("Gateway_WaitForIncident")
                .hasPassed("Task_JoinIncidentAtIntake", "Task_SendAcknowledgment");
        assertNeverReached(c, "SubProcess_Repair", "Task_DiagnoseLine", "Task_ProposeSlots");
        assertThat(c.instantVar("promisedAt")).as("the acknowledgment names the incident's estimate").isEqualTo(estimate);
        assertThat(c.var("incidentReference")).isEqualTo(INCIDENT);
        assertThat(c.timers()).as("no promise timers of its own while held").containsExactly("Event_CheckIncidentAgain");
        assertThat(c.timer("Event_CheckIncidentAgain").getDuedate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(1))));

        // another incident's resolution is not this ticket's
        processEngine.getRuntimeService().createSignalEvent("incident-resolved-CG-2026-000999").send();
        assertThat(c.instance()).isWaitingAtExactly("Gateway_WaitForIncident");

        Instant restored = T0.plus(Duration.ofMinutes(50));
        c.until(restored).incidentResolved();
        assertThat(c.instance()).isWaitingAtExactly("Task_JoinIncident").hasPassed("Event_IncidentResolved");
        assertThat(c.timers()).as("the hourly look went with the gateway").isEmpty();

        c.releasedFromIncident(restored).resolved();

        assertThat(c.var("resolution")).isEqualTo("network");
        assertThat(c.instance()).isWaitingAt("Gateway_WaitForConfirmation");
        c.customerConfirms(true, 5).closed();

        assertThat(c.messagesSent()).containsExactly(
                "Task_SendAcknowledgment: ticket-acknowledged",
                "Task_SendPleaseConfirm: resolved-please-confirm");
        assertThat(passes(c, "Task_JoinIncident")).isEqualTo(1);
        assertNeverReached(c, "SubProcess_Repair", "Event_CheckIncidentAgain", "Task_RevisePromise");
        assertEndedWithNothingLeft(c);
    }

    @Test
    void aTicketWaitingForASlotPickIsHeldWhenItsIncidentIsConfirmedAndLooksAgainEveryHour() {
        FaultRepairCase c = reportFault().lineTestSays(LINE_FAULT).offerSlots(KEEP_PROMISE);
        assertThat(c.var("promisePaused")).isEqualTo(true);
        Instant estimate = T0.plus(Duration.ofHours(6));

        c.after(Duration.ofMinutes(30)).incidentConfirmed();

        assertThat(c.instance()).isWaitingAtExactly("Task_JoinIncident").hasPassed("Event_IncidentConfirmed");
        assertThat(c.timers()).as("the promise and slot-pick timers went with the repair").isEmpty();
        assertThat(processEngine.getRuntimeService().createEventSubscriptionQuery()
                .processInstanceId(c.instance().getId()).eventName("Msg_SlotPicked").count())
                .as("the offered slots are no longer waited for").isZero();

        c.heldFor(INCIDENT, estimate);

        assertThat(c.instance()).isWaitingAtExactly("Gateway_WaitForIncident");
        assertThat(c.var("promisePaused")).as("the incident's clock replaces the paused one").isEqualTo(false);
        assertThat(c.instantVar("promisedAt")).isEqualTo(estimate);
        assertThat(c.var("incidentReference")).isEqualTo(INCIDENT);
        assertThatThrownBy(() -> processEngine.getRuntimeService().createMessageCorrelation("Msg_SlotPicked")
                .processInstanceBusinessKey(c.ticketId()).setVariable("pickedSlotId", "slot-1").correlate())
                .as("a late pick on the status page books nothing")
                .isInstanceOf(MismatchingMessageCorrelationException.class);

        // an hour on, the incident still lasts: held again, the next look an hour later
        c.whenDue("Event_CheckIncidentAgain");
        assertThat(c.instance()).isWaitingAtExactly("Task_JoinIncident");
        c.heldFor(INCIDENT, estimate);
        assertThat(c.instance()).isWaitingAtExactly("Gateway_WaitForIncident");
        assertThat(c.timer("Event_CheckIncidentAgain").getDuedate())
                .isEqualTo(Date.from(T0.plus(Duration.ofMinutes(150))));

        c.after(Duration.ofMinutes(20)).incidentResolved().releasedFromIncident(FaultRepairCase.now()).resolved()
                .customerConfirms(true, 4).closed();

        assertThat(passes(c, "Task_JoinIncident")).isEqualTo(3);
        assertThat(passes(c, "Event_CheckIncidentAgain")).isEqualTo(1);
        assertNeverReached(c, "Task_BookAppointment", "Task_AgreeVisitTime");
        assertThat(c.messagesSent()).containsExactly(
                "Task_SendAcknowledgment: ticket-acknowledged",
                "Task_SendSlotsOffered: slots-offered",
                "Task_SendPleaseConfirm: resolved-please-confirm");
        assertEndedWithNothingLeft(c);
    }

    @Test
    void aHeldTicketThatMissedTheResolvedSignalFindsOutAtItsHourlyLook() {
        FaultRepairCase c = FaultRepairCase.reportFaultDuringIncident(processEngine, PREMIUM_MAJOR, INCIDENT,
                T0.plus(Duration.ofHours(6)));
        Instant restored = T0.plus(Duration.ofMinutes(40));

        // the signal was thrown while the ticket was between steps: only the hourly look tells it
        c.whenDue("Event_CheckIncidentAgain").releasedFromIncident(restored);

        assertThat(ClockUtil.getCurrentTime()).isEqualTo(Date.from(T0.plus(Duration.ofHours(1))));
        assertThat(c.instance()).isWaitingAtExactly("Task_ResolveTicket").hasPassed("Event_CheckIncidentAgain");
        assertNeverReached(c, "Event_IncidentResolved", "SubProcess_Repair");
        c.resolved();
        assertThat(c.messagesSent()).endsWith("Task_SendPleaseConfirm: resolved-please-confirm");
    }

    @Test
    void notFixedAfterTheIncidentGoesBackToTheTicketsOwnRepairWithTheFreshPromise() {
        FaultRepairCase c = FaultRepairCase.reportFaultDuringIncident(processEngine, PREMIUM_MAJOR, INCIDENT,
                T0.plus(Duration.ofHours(6)));
        Instant restored = T0.plus(Duration.ofHours(3));
        c.until(restored).incidentResolved().releasedFromIncident(restored).resolved()
                .after(Duration.ofHours(1)).customerConfirms(false, 1).reopened();

        assertThat(c.instance()).as("the incident is over: not held again")
                .isWaitingAtExactly(inRepair("Task_DiagnoseLine"));
        assertThat(c.var("reopenCount")).isEqualTo(1);
        assertThat(c.var("incidentResolved")).isEqualTo(true);
        assertThat(passes(c, "Gateway_WaitForIncident")).isEqualTo(1);
        assertThat(passes(c, "Task_JoinIncident")).isEqualTo(1);
        assertThat(c.timer("Event_PromiseBroken").getDuedate()).as("the promise from the restoration")
                .isEqualTo(Date.from(restored.plus(PROMISE)));
        assertThat(c.timer("Event_PromiseAtRisk").getDuedate()).isEqualTo(Date.from(restored.plus(AT_RISK)));

        c.lineTestSays(LINE_FAULT);
        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_ProposeSlots"));
    }

    /**
     * Promise timers that fell due while the clock was paused wait outside the repair sub-process, so
     * holding the ticket does not cancel them; when they fire during the hold they neither warn the
     * customer nor compensate: the incident's notices and compensation do that, once.
     */
    @Test
    void promiseChecksStillPendingWhenTheTicketIsHeldNeitherWarnNorCompensateIt() {
        FaultRepairCase c = reportFault().lineTestSays(LINE_FAULT).offerSlots(KEEP_PROMISE)
                .whenDue("Event_PromiseAtRisk").whenDue("Event_PromiseBroken");
        assertThat(c.instance()).isWaitingAt("Event_AtRiskClockResumed", "Event_BreachClockResumed");
        Instant estimate = FaultRepairCase.now().plus(Duration.ofHours(6));

        c.incidentConfirmed().heldFor(INCIDENT, estimate);
        assertThat(c.timer("Event_BreachAgain").getDuedate()).as("the incident's clock runs").isEqualTo(Date.from(estimate));

        c.until(estimate);

        assertThat(c.instance()).hasPassed("Event_AtRiskNotNeeded", "Event_BreachNotNeeded");
        assertNeverReached(c, "Task_EstimateRestoration", "Task_RevisePromise", "Task_ApplyCredit");
        assertThat(c.messagesSent()).noneMatch(m -> m.contains("promise-at-risk") || m.contains("apology"));

        c.releasedFromIncident(estimate).resolved().customerConfirms(true, 4).closed();
        assertThat(c.creditsApplied()).isEmpty();
        assertEndedWithNothingLeft(c);
    }

    @Test
    void aFaultReportedJustAfterItsIncidentWasResolvedGetsItsOwnRepair() {
        Instant restored = T0.minus(Duration.ofMinutes(5));
        FaultRepairCase c = FaultRepairCase.reportFaultAfterIncident(processEngine, PREMIUM_MAJOR, INCIDENT, restored);

        assertThat(c.instance()).isWaitingAtExactly(inRepair("Task_DiagnoseLine"));
        assertNeverReached(c, "Gateway_WaitForIncident", "Task_JoinIncident");
        assertThat(c.instantVar("promisedAt")).isEqualTo(restored.plus(PROMISE));
    }

    /** The activities given, inside the repair sub-process (itself an active activity). */
    private static String[] inRepair(String... activityIds) {
        String[] ids = new String[activityIds.length + 1];
        ids[0] = "SubProcess_Repair";
        System.arraycopy(activityIds, 0, ids, 1, activityIds.length);
        return ids;
    }

    /** Not passed and not active either (camunda-bpm-assert's hasNotPassed ignores active activities). */
    private void assertNeverReached(FaultRepairCase c, String... activityIds) {
        for (String activityId : activityIds) {
            assertThat(passes(c, activityId)).as("times %s was reached", activityId).isZero();
        }
    }

    private long passes(FaultRepairCase c, String activityId) {
        return processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(c.instance().getId()).activityId(activityId).count();
    }

    private void assertEndedWithNothingLeft(FaultRepairCase c) {
        String id = c.instance().getId();
        assertThat(c.instance()).isEnded().hasPassed("Task_CloseTicket", "Event_TicketClosed");
        assertThat(processEngine.getRuntimeService().createExecutionQuery().processInstanceId(id).count()).isZero();
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(id).count()).as("timers").isZero();
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(id).count()).as("user tasks").isZero();
        assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().processInstanceId(id).count())
                .as("external tasks").isZero();
        assertThat(processEngine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(id).count())
                .as("message and conditional subscriptions").isZero();
    }
}
