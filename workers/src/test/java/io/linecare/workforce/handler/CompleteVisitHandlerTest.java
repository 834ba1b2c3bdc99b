package io.linecare.workforce.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;
import static io.linecare.support.TaskRun.AREA;
import static io.linecare.support.TaskRun.HISTORY;
import static io.linecare.support.TaskRun.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.support.TaskRun;
import io.linecare.workforce.AppointmentScheduler;

class CompleteVisitHandlerTest {

    private final AppointmentScheduler scheduler = mock(AppointmentScheduler.class);
    private final TicketProgress progress = mock(TicketProgress.class);
    private final CompleteVisitHandler handler = new CompleteVisitHandler(scheduler, progress, TaskRun.facts());

    private static TaskRun visit(String outcome) {
        return TaskRun.of(Topics.WORKFORCE_COMPLETE_VISIT, "Task_CompleteVisit")
                .with(AREA_ID, AREA).with(ARRIVED, true).with(VISIT_OUTCOME, outcome)
                .with(FAULT_CAUSE, "drop-cable").with(VISIT_NOTES, "Replaced the drop cable.");
    }

    @Test
    void aResolvedVisitIsTheResolutionAndNoTransfer() {
        Map<String, Object> out = visit("resolved").with(PARTS_USED, "drop cable 20 m").run(handler).outputs();

        assertThat(out).containsOnlyKeys(VISIT_COUNT, RESOLUTION, CASE_HISTORY)
                .containsEntry(RESOLUTION, "visit")
                .containsEntry(CASE_HISTORY, HISTORY);
        assertThat(out.get(VISIT_COUNT)).isInstanceOf(Integer.class).isEqualTo(1);
        verify(scheduler).visitDone(TICKET);
        verify(progress).note(TICKET, "Visit 1: resolved; cause drop-cable; parts drop cable 20 m. Replaced the drop cable.");
        verify(progress, never()).transfer(anyString(), anyString(), anyString(), anyString());
    }

    @Test
    void aSecondVisitIsNeitherAResolutionNorATransfer() {
        Map<String, Object> out = visit("second-visit").with(VISIT_COUNT, 1).run(handler).outputs();

        assertThat(out).doesNotContainKey(TRANSFER_COUNT)
                .containsEntry(RESOLUTION, "")
                .containsEntry(VISIT_COUNT, 2);
        verify(progress, never()).transfer(anyString(), anyString(), anyString(), anyString());
    }

    @Test
    void networkWorkIsATransferToTheNetworkAnalystsCountedOncePerVisit() {
        when(progress.transfer(TICKET, "visit-2", "network-analysts", "The technician found a fault in the network"))
                .thenReturn(3);

        Map<String, Object> out = visit("network-work").with(VISIT_COUNT, 1).run(handler).outputs();
        visit("network-work").with(VISIT_COUNT, 1).run(handler).outputs(); // the same task delivered again

        assertThat(out.get(TRANSFER_COUNT)).isInstanceOf(Integer.class).isEqualTo(3);
        assertThat(out).containsEntry(RESOLUTION, "").containsEntry(VISIT_COUNT, 2);
        verify(progress, times(2)).transfer(TICKET, "visit-2", "network-analysts",
                "The technician found a fault in the network");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixed", "", "Resolved"})
    void anUnknownOutcomeIsAnIncidentAndRecordsNothing(String outcome) {
        String incident = visit(outcome).run(handler).incident();

        assertThat(incident).contains("visitOutcome").contains("'" + outcome + "'");
        verifyNoInteractions(scheduler, progress);
    }
}
