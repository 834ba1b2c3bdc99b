package io.linecare.grouping.process;

import static io.linecare.grouping.process.ComplaintGroupCase.Evaluation.complaints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.linecare.grouping.process.ComplaintGroupCase.Evaluation;
import io.linecare.support.ProcessTestEngine;

/**
 * complaint-group.bpmn, path by path, with cluster-threshold, sla-policy and compensation-policy
 * deployed beside it, and fault-repair.bpmn to prove that the group's signals reach the tickets (its
 * coverage is FaultRepairProcessTest's business and not counted here). The workers do not run:
 * {@link ComplaintGroupCase} completes the external tasks through the API with the outputs the real
 * handlers give, completes the analysts' tasks and moves the clock.
 */
@Deployment(resources = {"processes/complaint-group.bpmn", "processes/cluster-threshold.dmn",
        "processes/sla-policy.dmn", "processes/compensation-policy.dmn", "processes/fault-repair.bpmn"})
class ComplaintGroupProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverageAtLeastExcluding(1.0, "fault-repair");

    /** Monday 2 March 2026, 08:00 UTC: when every group in this class opens. */
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final AtomicInteger TICKETS = new AtomicInteger(900);

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

    private ComplaintGroupCase open() {
        return ComplaintGroupCase.open(processEngine);
    }

    /** A group that cluster-threshold suspects (10 complaints), with its review prepared. */
    private ComplaintGroupCase suspected() {
        return open().evaluated(complaints(10)).reviewPrepared();
    }

    // ------------------------------------------------------------------ detection

    @Test
    void belowTheThresholdTheGroupWaitsAndCountsAgainOnEachComplaintAndEveryFiveMinutes() {
        ComplaintGroupCase c = open();
        assertThat(c.instance()).isWaitingAtExactly("Task_EvaluateGroup");

        c.evaluated(complaints(2));

        assertThat(c.var("threshold")).isEqualTo(Map.of("suspected", false, "reason", "Collecting: below every threshold"));
        assertThat(c.instance()).isWaitingAtExactly("Gateway_WaitForComplaints");
        assertThat(c.timer("Event_LookAgain").getDuedate()).isEqualTo(Date.from(T0.plus(Duration.ofMinutes(5))));

        // a complaint joins: counted at once, and the 5-minute look starts over
        ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofMinutes(2))));
        c.complaintAdded();
        assertThat(c.instance()).isWaitingAtExactly("Task_EvaluateGroup");
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(c.instance().getId()).count())
                .as("the pending look went with the gateway").isZero();
        c.evaluated(complaints(2));
        assertThat(c.timer("Event_LookAgain").getDuedate()).isEqualTo(Date.from(T0.plus(Duration.ofMinutes(7))));

        // no complaint for 5 minutes: the group looks again anyway (a lost signal only delays the count)
        c.whenDue("Event_LookAgain");
        assertThat(c.instance()).isWaitingAtExactly("Task_EvaluateGroup");
        c.evaluated(complaints(2));

        assertThat(c.instance()).isWaitingAtExactly("Gateway_WaitForComplaints");
        assertThat(passes(c, "Task_EvaluateGroup")).isEqualTo(3);
        assertThat(passes(c, "Event_ComplaintAdded")).isEqualTo(1);
        assertThat(passes(c, "Event_LookAgain")).isEqualTo(1);
        assertNeverReached(c, "Task_PrepareReview", "Task_CloseExpired");
    }

    @Test
    void aComplaintSignalForAnotherGroupIsNotCounted() {
        ComplaintGroupCase c = open().evaluated(complaints(2));
        ComplaintGroupCase other = open().evaluated(complaints(1));

        other.complaintAdded();

        assertThat(other.instance()).isWaitingAtExactly("Task_EvaluateGroup");
        assertThat(c.instance()).isWaitingAtExactly("Gateway_WaitForComplaints");
    }

    @Test
    void aGroupWhoseWindowHasEmptiedClosesAsExpired() {
        ComplaintGroupCase c = open().evaluated(complaints(1));
        c.whenDue("Event_LookAgain").evaluated(complaints(0));

        c.closedAs("Task_CloseExpired", "expired");

        assertThat(c.instance()).isEnded().hasPassed("Event_GroupExpired");
        assertNeverReached(c, "Task_PrepareReview", "Task_ReviewGroup");
        assertNothingLeft(c);
    }

    /** cluster-threshold's rules, first match wins, on the inputs grouping.evaluate-group gives. */
    @Test
    void clusterThresholdSuspectsAnIncidentByCountMeasurementsShareOrABigClient() {
        record Expect(String what, Evaluation evaluation, boolean suspected, String reason) {
        }
        String collecting = "Collecting: below every threshold";
        List<Expect> cases = List.of(
                new Expect("10 complaints, healthy network", complaints(10), true,
                        "10 or more complaints from the area within the window"),
                new Expect("9 complaints, healthy network", complaints(9), false, collecting),
                new Expect("3 complaints, download at 55 % of the median", complaints(3).downloadAt(55), true,
                        "3+ complaints and download speed below 60 % of the 14-day median"),
                new Expect("3 complaints, download at exactly 60 %", complaints(3).downloadAt(60), false, collecting),
                new Expect("2 complaints, download at 30 %", complaints(2).downloadAt(30), false, collecting),
                new Expect("3 complaints, 2.5 % packet loss", complaints(3).packetLoss(2.5), true,
                        "3+ complaints and packet loss above 2 %"),
                new Expect("3 complaints, exactly 2 % packet loss", complaints(3).packetLoss(2), false, collecting),
                new Expect("3 complaints from 10 % of the lines", complaints(3).shareOfLines(10), true,
                        "3+ complaints from at least 10 % of the lines on the nodes concerned"),
                new Expect("2 complaints from 50 % of the lines", complaints(2).shareOfLines(50), false, collecting),
                new Expect("a big client and another, download at 75 %", complaints(2).withBigClient().downloadAt(75), true,
                        "A big client and another customer complain while download speed is below 80 % of the median"),
                new Expect("a big client and another, download at 80 %", complaints(2).withBigClient().downloadAt(80), false,
                        collecting),
                new Expect("a big client alone, download at 50 %", complaints(1).withBigClient().downloadAt(50), false,
                        collecting),
                new Expect("2 plain complaints", complaints(2), false, collecting),
                new Expect("10 complaints and a speed drop: the count rule comes first", complaints(10).downloadAt(20), true,
                        "10 or more complaints from the area within the window"));

        for (Expect expect : cases) {
            ComplaintGroupCase c = open().evaluated(expect.evaluation());

            assertThat(c.var("threshold")).as(expect.what())
                    .isEqualTo(Map.of("suspected", expect.suspected(), "reason", expect.reason()));
            if (expect.suspected()) {
                assertThat(c.instance()).as(expect.what()).isWaitingAtExactly("Task_PrepareReview");
            } else {
                assertThat(c.instance()).as(expect.what()).isWaitingAtExactly("Gateway_WaitForComplaints");
            }
        }
    }

    // ------------------------------------------------------------------ the analyst's review

    @Test
    void aSuspectedGroupGoesToTheNetworkAnalystsWithTheEvidenceDueIn30Minutes() {
        ComplaintGroupCase c = open().evaluated(complaints(3).packetLoss(4.0));
        assertThat(c.instance()).isWaitingAtExactly("Task_PrepareReview");

        c.reviewPrepared();

        Task review = c.reviewTask();
        assertThat(review.getName()).isEqualTo("Confirm incident — " + ComplaintGroupCase.GROUP_LABEL + ", "
                + c.groupReference());
        assertThat(review.getDueDate()).isEqualTo(Date.from(T0.plus(Duration.ofMinutes(30))));
        // above the tickets' own network-work tasks (Camunda default 50) in a queue sorted by priority
        assertThat(review.getPriority()).isEqualTo(80);
        assertThat(c.var("suspectedReason")).isEqualTo("3+ complaints and packet loss above 2 %");
        assertThat(c.var("reviewProblem")).isEqualTo("");
    }

    @Test
    void rejectedTheGroupClosesAsNoIncidentAndReleasesTheTicketsWaitingForTheVerdict() {
        ComplaintGroupCase c = suspected();
        TicketInRepair waiting = ticketInRepair().areaOutageUnderReview(c.groupReference());
        TicketInRepair otherGroup = ticketInRepair().areaOutageUnderReview("CG-2026-999999");
        c.analystRejects();

        c.closedAs("Task_CloseRejected", "rejected");

        assertThat(c.instance()).isEnded().hasPassed("Event_GroupRejected");
        assertThat(waiting.activeActivities()).as("on to its own network work").containsExactly("Task_NetworkWork");
        assertThat(otherGroup.activeActivities()).containsExactly("Gateway_AwaitVerdict");
        assertNeverReached(c, "Task_ConfirmIncident", "Task_NotifyAffected");
        assertNothingLeft(c);
    }

    @Test
    void takingTicketsOutCountsTheRestAgain() {
        ComplaintGroupCase c = suspected().analystUngroups("FR-2026-000101, FR-2026-000102");
        assertThat(c.instance()).isWaitingAtExactly("Task_UngroupTickets");

        c.ticketsTakenOut();

        assertThat(c.instance()).isWaitingAtExactly("Task_EvaluateGroup");
        assertThat(c.var("ungroupTickets")).isEqualTo("");
        c.evaluated(complaints(8));
        assertThat(c.instance()).as("8 left: below the threshold again").isWaitingAtExactly("Gateway_WaitForComplaints");
        assertThat(passes(c, "Task_ReviewGroup")).isEqualTo(1);
    }

    @Test
    void ticketsThatCannotBeTakenOutComeBackToTheAnalystWithTheReason() {
        ComplaintGroupCase c = suspected().analystUngroups("FR-2026-000999");
        String why = "FR-2026-000999 is not in " + c.groupReference();

        c.cannotUngroup(why);

        assertThat(c.instance()).isWaitingAtExactly("Task_ReviewGroup").hasPassed("Event_CannotUngroup");
        assertThat(c.var("reviewProblem")).isEqualTo(why);
        assertThat(passes(c, "Task_ReviewGroup")).isEqualTo(2);
        assertThat(passes(c, "Task_PrepareReview")).as("the evidence is not gathered again").isEqualTo(1);

        // the analyst names the right ticket this time
        c.analystUngroups("FR-2026-000101").ticketsTakenOut();
        assertThat(c.var("reviewProblem")).isEqualTo("");
        assertThat(c.instance()).isWaitingAtExactly("Task_EvaluateGroup");
    }

    @Test
    void aMergeThatCannotBeDoneComesBackToTheAnalystWithTheReason() {
        ComplaintGroupCase c = suspected().analystMerges("CG-2026-000001");
        String why = "CG-2026-000001 is rejected, not collecting, suspected or confirmed";

        c.cannotMerge(why);

        assertThat(c.instance()).isWaitingAtExactly("Task_ReviewGroup").hasPassed("Event_CannotMerge");
        assertThat(c.var("reviewProblem")).isEqualTo(why);
        assertNeverReached(c, "Gateway_MergedIntoIncident");

        c.analystRejects().closedAs("Task_CloseRejected", "rejected");
        assertThat(c.instance()).isEnded();
    }

    @Test
    void mergedIntoAnotherGroupThatIsNoIncidentYetThisGroupEndsAndReleasesItsWaitingTickets() {
        ComplaintGroupCase c = suspected();
        TicketInRepair waiting = ticketInRepair().areaOutageUnderReview(c.groupReference());
        c.analystMerges("CG-2026-000001");

        c.merged("CG-2026-000001", false, List.of(waiting.ticketId()));

        assertThat(c.instance()).isEnded().hasPassed("Event_GroupMerged");
        assertThat(waiting.activeActivities()).containsExactly("Task_NetworkWork");
        assertNeverReached(c, "SubProcess_HoldMergedTickets", "Task_NotifyMergedAffected");
        assertNothingLeft(c);
    }

    @Test
    void mergedIntoAConfirmedIncidentEachMovedTicketIsHeldAndItsNewlyAffectedCustomersAreTold() {
        TicketInRepair moved1 = ticketInRepair();
        TicketInRepair moved2 = ticketInRepair();
        TicketInRepair elsewhere = ticketInRepair();
        ComplaintGroupCase c = suspected().analystMerges("CG-2026-000001");

        c.merged("CG-2026-000001", true, List.of(moved1.ticketId(), moved2.ticketId()));

        assertThat(passes(c, "Event_TellMergedTicket")).as("one signal per moved ticket").isEqualTo(2);
        for (TicketInRepair moved : List.of(moved1, moved2)) {
            assertThat(moved.activeActivities()).as(moved.ticketId()).containsExactly("Task_JoinIncident");
        }
        assertThat(elsewhere.activeActivities()).containsExactly("Task_DiagnoseLine");

        c.mergedAffectedNotified();
        assertThat(c.notices()).singleElement().satisfies(n -> assertThat(n).containsEntry("notifyGroup", "CG-2026-000001"));
        assertThat(c.instance()).isEnded().hasPassed("Event_MergedIntoIncident");
        assertNeverReached(c, "Event_GroupMerged", "Task_ConfirmIncident");
        assertNothingLeft(c);
    }

    // ------------------------------------------------------------------ the incident

    @Test
    void aConfirmedIncidentHoldsEveryLinkedTicketsOwnRepairTellsEveryoneAndAwaitsTheRestoration() {
        TicketInRepair linked1 = ticketInRepair();
        TicketInRepair linked2 = ticketInRepair();
        TicketInRepair elsewhere = ticketInRepair();
        ComplaintGroupCase c = suspected().analystConfirms(4);
        assertThat(c.instance()).isWaitingAtExactly("Task_ConfirmIncident");

        c.incidentConfirmed(List.of(linked1.ticketId(), linked2.ticketId()));

        assertThat(passes(c, "Event_TellTicket")).as("one signal per linked ticket").isEqualTo(2);
        for (TicketInRepair linked : List.of(linked1, linked2)) {
            assertThat(linked.activeActivities()).as("%s: its own repair stopped", linked.ticketId())
                    .containsExactly("Task_JoinIncident");
            assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                    .processInstanceId(linked.instance().getId()).activityId("Event_IncidentConfirmed").count()).isEqualTo(1);
            assertThat(processEngine.getExternalTaskService().createExternalTaskQuery()
                    .processInstanceId(linked.instance().getId()).activityId("Task_DiagnoseLine").count())
                    .as("no line test any more").isZero();
        }
        assertThat(elsewhere.activeActivities()).as("a ticket not in the incident goes on with its own repair")
                .containsExactly("Task_DiagnoseLine");

        assertThat(c.instance()).isWaitingAtExactly("Task_NotifyAffected");
        c.affectedNotified();
        assertThat(c.notices()).singleElement().satisfies(n -> assertThat(n).doesNotContainKey("notifyGroup"));
        assertThat(c.var("affectedCustomers")).isEqualTo(120);

        Task restore = c.restoreTask();
        assertThat(restore.getName()).isEqualTo("Restore service — " + ComplaintGroupCase.GROUP_LABEL + ", "
                + c.groupReference());
        assertThat(restore.getDueDate()).as("due at the estimate the customers were given")
                .isEqualTo(Date.from(T0.plus(Duration.ofHours(4))));
    }

    @Test
    void anIncidentWithNoTicketLeftToHoldStillTellsEveryone() {
        ComplaintGroupCase c = suspected().analystConfirms(2).incidentConfirmed(List.of());

        assertThat(c.instance()).isWaitingAtExactly("Task_NotifyAffected");
        assertNeverReached(c, "Event_TellTicket");
    }

    @Test
    void aNewEstimateIsToldToEveryoneAndTheRestorationIsDueAtIt() {
        ComplaintGroupCase c = suspected().analystConfirms(4).incidentConfirmed(List.of()).affectedNotified();
        ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofHours(3))));

        c.newEstimate(5);
        assertThat(c.instance()).isWaitingAtExactly("Task_ReviseEstimate");
        c.estimateRevised();

        assertThat(c.instance()).isWaitingAtExactly("Task_NotifyAffected");
        assertThat(c.var("restoreOutcome")).isEqualTo("");
        c.affectedNotified();
        assertThat(c.notices()).hasSize(2);
        assertThat(c.restoreTask().getDueDate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(8))));
        assertThat(passes(c, "Task_RestoreService")).isEqualTo(2);
        assertNeverReached(c, "Task_ResolveIncident");
    }

    @Test
    void theRestorationReleasesTheHeldTicketsCompensatesEachSegmentByPolicyAndWritesTheReport() {
        TicketInRepair held = ticketInRepair();
        ComplaintGroupCase c = suspected().analystConfirms(4).incidentConfirmed(List.of(held.ticketId()));
        held.heldFor(c.groupReference(), T0.plus(Duration.ofHours(4)));
        assertThat(held.activeActivities()).containsExactly("Gateway_WaitForIncident");
        c.affectedNotified();

        ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofHours(30))));
        c.serviceRestored("Fibre cut at cabinet 12");
        assertThat(c.instance()).isWaitingAtExactly("Task_ResolveIncident");
        assertThat(c.var("rootCause")).isEqualTo("Fibre cut at cabinet 12");

        // 30 h: standard (16 h, class C) is 14 h late, premium (8 h, B) 22 h, a big enterprise client (4 h, A) 26 h
        c.incidentResolved(30.0, List.of(
                Map.of("tier", "standard", "bigClient", false),
                Map.of("tier", "premium", "bigClient", false),
                Map.of("tier", "enterprise", "bigClient", true)));

        assertThat(held.activeActivities()).as("the resolved signal reached the held ticket")
                .containsExactly("Task_JoinIncident");
        assertThat(c.instance()).hasPassed("Event_TellTicketsResolved");

        c.segmentCompensated().segmentCompensated().segmentCompensated();

        assertThat(c.compensations()).containsExactly(
                Map.of("tier", "standard", "bigClient", false, "creditType", "free-days", "creditAmount", 0.0,
                        "freeDays", 1, "restoreHours", 16),
                Map.of("tier", "premium", "bigClient", false, "creditType", "free-days", "creditAmount", 0.0,
                        "freeDays", 1, "restoreHours", 8),
                Map.of("tier", "enterprise", "bigClient", true, "creditType", "bill-credit", "creditAmount", 500.0,
                        "freeDays", 0, "restoreHours", 4));
        assertThat(passes(c, "Task_DecideSegmentSla")).isEqualTo(3);

        assertThat(c.instance()).isWaitingAtExactly("Task_WriteReport");
        c.reportWritten();
        assertThat(c.instance()).isEnded().hasPassed("Event_IncidentClosed");
        assertThat(c.var("notifiedBeforeCallPct")).isEqualTo(92.5);
        assertNothingLeft(c);
    }

    @Test
    void aSegmentRestoredWithinItsPromiseGetsNothing() {
        ComplaintGroupCase c = suspected().analystConfirms(2).incidentConfirmed(List.of()).affectedNotified()
                .serviceRestored("Card reset on N-A03-01");

        // 3 h: well within the 16 h a standard customer is promised for a critical fault
        c.incidentResolved(3.0, List.of(Map.of("tier", "standard", "bigClient", false))).segmentCompensated();

        assertThat(c.compensations()).singleElement().satisfies(comp -> assertThat(comp)
                .containsEntry("creditType", "none").containsEntry("creditAmount", 0.0).containsEntry("freeDays", 0));
        c.reportWritten();
        assertThat(c.instance()).isEnded();
    }

    @Test
    void anIncidentWithNoCustomerSegmentLeftGoesStraightToTheReport() {
        ComplaintGroupCase c = suspected().analystConfirms(2).incidentConfirmed(List.of()).affectedNotified()
                .serviceRestored("Card reset on N-A03-01");

        c.incidentResolved(5.0, List.of());

        assertThat(c.instance()).isWaitingAtExactly("Task_WriteReport");
        assertNeverReached(c, "Task_DecideSegmentSla", "Task_CompensateAffected");
        c.reportWritten();
        assertThat(c.instance()).isEnded().hasPassed("Event_IncidentClosed");
    }

    // ------------------------------------------------------------------ helpers

    private TicketInRepair ticketInRepair() {
        return TicketInRepair.reported(processEngine, String.format("FR-2026-%06d", TICKETS.incrementAndGet()));
    }

    /** Not passed and not active either (camunda-bpm-assert's hasNotPassed ignores active activities). */
    private void assertNeverReached(ComplaintGroupCase c, String... activityIds) {
        for (String activityId : activityIds) {
            assertThat(passes(c, activityId)).as("times %s was reached", activityId).isZero();
        }
    }

    private long passes(ComplaintGroupCase c, String activityId) {
        return processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(c.instance().getId()).activityId(activityId).count();
    }

    private void assertNothingLeft(ComplaintGroupCase c) {
        String id = c.instance().getId();
        assertThat(processEngine.getRuntimeService().createExecutionQuery().processInstanceId(id).count()).isZero();
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(id).count()).as("timers").isZero();
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(id).count()).as("user tasks").isZero();
        assertThat(processEngine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(id).count())
                .as("signal subscriptions").isZero();
        List<String> left = new ArrayList<>();
        processEngine.getExternalTaskService().createExternalTaskQuery().processInstanceId(id).list()
                .forEach(t -> left.add(t.getActivityId()));
        assertThat(left).as("external tasks").isEmpty();
    }
}
