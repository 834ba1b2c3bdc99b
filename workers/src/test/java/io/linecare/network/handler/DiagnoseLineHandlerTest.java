package io.linecare.network.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;
import static io.linecare.support.TaskRun.AREA;
import static io.linecare.support.TaskRun.HISTORY;
import static io.linecare.support.TaskRun.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;

import io.linecare.grouping.GroupState;
import io.linecare.grouping.IncidentMembership;
import io.linecare.network.LineStatus;
import io.linecare.network.LineTestResult;
import io.linecare.network.NetworkInventory;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.repair.ticket.TicketStatus;
import io.linecare.support.TaskRun;

class DiagnoseLineHandlerTest {

    private static final long LINE = 7L;

    private final NetworkInventory network = TaskRun.networkWithArea();
    private final TicketProgress progress = mock(TicketProgress.class);
    private final IncidentMembership incidents = mock(IncidentMembership.class);
    private final DiagnoseLineHandler handler = new DiagnoseLineHandler(network, progress, TaskRun.facts(network), incidents);

    DiagnoseLineHandlerTest() {
        inGroup(null, null);
    }

    private void inGroup(String groupId, GroupState state) {
        when(incidents.standing(TICKET)).thenReturn(new IncidentMembership.Standing(groupId, state));
    }

    private static TaskRun task() {
        return TaskRun.of(Topics.NETWORK_DIAGNOSE_LINE, "Task_DiagnoseLine").with(AREA_ID, AREA).with(SUBSCRIPTION_ID, LINE);
    }

    private void lineTests(LineStatus status, boolean remotelyFixable, String detail) {
        when(network.lineTest(LINE)).thenReturn(Optional.of(new LineTestResult(LINE, status, remotelyFixable, detail)));
    }

    @Test
    void anAreaOutageIsATransferToTheNetworkAnalystsAndOutputsTheCount() {
        lineTests(LineStatus.AREA_OUTAGE, false, "OLT A01-OLT2 unreachable");
        when(progress.transfer(eq(TICKET), anyString(), eq("network-analysts"), anyString())).thenReturn(2);

        Map<String, Object> out = task().run(handler).outputs();

        assertThat(out).containsEntry(LINE_STATUS, "area-outage")
                .containsEntry(REMOTELY_FIXABLE, false)
                .containsEntry(LINE_TEST_DETAIL, "OLT A01-OLT2 unreachable")
                .containsEntry(CASE_HISTORY, HISTORY);
        assertThat(out.get(TRANSFER_COUNT)).isInstanceOf(Integer.class).isEqualTo(2);
        verify(progress).transfer(TICKET, "Task_DiagnoseLine", "network-analysts", "Area outage found by the line test");
        verify(progress).lineTested(TICKET, LineStatus.AREA_OUTAGE);
        verify(progress).status(TICKET, TicketStatus.IN_PROGRESS, "Line test: area-outage, OLT A01-OLT2 unreachable");
    }

    @ParameterizedTest
    @EnumSource(value = LineStatus.class, names = "AREA_OUTAGE", mode = EnumSource.Mode.EXCLUDE)
    void noOtherResultIsATransfer(LineStatus status) {
        lineTests(status, false, "seen");

        Map<String, Object> out = task().run(handler).outputs();

        assertThat(out).containsOnlyKeys(LINE_STATUS, REMOTELY_FIXABLE, LINE_TEST_DETAIL, CASE_HISTORY, GROUP_UNDER_REVIEW,
                        COMPLAINT_GROUP_REFERENCE)
                .containsEntry(LINE_STATUS, status.code()).containsEntry(GROUP_UNDER_REVIEW, false);
        verify(progress, never()).transfer(anyString(), anyString(), anyString(), anyString());
        verify(progress).lineTested(TICKET, status);
    }

    @Test
    void anAreaOutageOfAGroupUnderReviewWaitsForTheVerdictButALineFaultDoesNot() {
        inGroup("CG-2026-000007", GroupState.SUSPECTED);
        lineTests(LineStatus.AREA_OUTAGE, false, "OLT down");

        assertThat(task().run(handler).outputs()).containsEntry(GROUP_UNDER_REVIEW, true)
                .containsEntry(COMPLAINT_GROUP_REFERENCE, "CG-2026-000007");

        lineTests(LineStatus.LINE_FAULT, false, "loss on the drop cable");
        assertThat(task().run(handler).outputs()).as("its own fault, whatever the area").containsEntry(GROUP_UNDER_REVIEW, false);

        inGroup("CG-2026-000008", GroupState.COLLECTING);
        lineTests(LineStatus.AREA_OUTAGE, false, "OLT down");
        assertThat(task().run(handler).outputs()).as("below the threshold nobody reviews it").containsEntry(GROUP_UNDER_REVIEW, false);
    }

    @Test
    void aTicketWhoseGroupWasConfirmedMeanwhileIsHeldWithoutALineTest() {
        inGroup("CG-2026-000009", GroupState.CONFIRMED);

        TaskRun.Result result = task().run(handler);

        assertThat(result.bpmnError()).isEqualTo("Err_PartOfIncident");
        assertThat(result.bpmnErrorMessage()).contains("CG-2026-000009");
        verify(network, never()).lineTest(anyLong());
        verifyNoInteractions(progress);
    }

    @Test
    void aRemotelyFixableFaultSaysSo() {
        lineTests(LineStatus.LINE_FAULT, true, "port 3/1/14 out of sync");

        Map<String, Object> out = task().run(handler).outputs();

        assertThat(out).containsEntry(LINE_STATUS, "line-fault").containsEntry(REMOTELY_FIXABLE, true);
        assertThat(out.get(REMOTELY_FIXABLE)).isInstanceOf(Boolean.class);
    }

    @Test
    void aRetriedOutageDiagnosisUsesTheSameTransferKeyButOneAfterAReopeningANewOne() {
        lineTests(LineStatus.AREA_OUTAGE, false, "OLT down");
        when(progress.transfer(eq(TICKET), anyString(), anyString(), anyString())).thenReturn(1);

        task().run(handler).outputs();
        task().with(REOPEN_COUNT, 0).run(handler).outputs(); // the same step delivered again
        task().with(REOPEN_COUNT, 1).run(handler).outputs(); // diagnosed again after "not fixed": a new hand-over

        ArgumentCaptor<String> keys = ArgumentCaptor.forClass(String.class);
        verify(progress, times(3)).transfer(eq(TICKET), keys.capture(), eq("network-analysts"), anyString());
        List<String> used = keys.getAllValues();
        assertThat(used.get(0)).isEqualTo("Task_DiagnoseLine");
        assertThat(used.get(1)).isEqualTo(used.get(0));
        assertThat(used.get(2)).isEqualTo("Task_DiagnoseLine-after-reopen-1");
    }

    @Test
    void aLineTheInventoryDoesNotKnowIsAnIncident() {
        when(network.lineTest(LINE)).thenReturn(Optional.empty());

        String incident = task().run(handler).incident();

        assertThat(incident).contains(String.valueOf(LINE)).contains(TICKET);
        verifyNoInteractions(progress);
    }
}
