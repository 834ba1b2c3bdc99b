package io.linecare.network.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;
import static io.linecare.support.TaskRun.AREA;
import static io.linecare.support.TaskRun.HISTORY;
import static io.linecare.support.TaskRun.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.support.TaskRun;

class RecordNetworkWorkHandlerTest {

    private final TicketProgress progress = mock(TicketProgress.class);
    private final RecordNetworkWorkHandler handler = new RecordNetworkWorkHandler(progress, TaskRun.facts());

    private static TaskRun task() {
        return TaskRun.of(Topics.NETWORK_RECORD_NETWORK_WORK, "Task_RecordNetworkWork").with(AREA_ID, AREA);
    }

    @Test
    void theAnalystsWorkGoesOnTheTicketAndTheRepairIsDoneInTheNetwork() {
        Map<String, Object> out = task().with(ROOT_CAUSE, "Fibre cut at Wensan Road")
                .with(NETWORK_WORK_DONE, "Spliced and re-routed").run(handler).outputs();

        assertThat(out).containsOnlyKeys(RESOLUTION, CASE_HISTORY)
                .containsEntry(RESOLUTION, "network")
                .containsEntry(CASE_HISTORY, HISTORY);
        verify(progress).note(TICKET, "Network work. Root cause: Fibre cut at Wensan Road. Done: Spliced and re-routed");
    }

    @Test
    void withoutARootCauseNothingIsRecorded() {
        String incident = task().with(NETWORK_WORK_DONE, "Spliced").run(handler).incident();

        assertThat(incident).contains(ROOT_CAUSE);
        verifyNoInteractions(progress);
    }
}
