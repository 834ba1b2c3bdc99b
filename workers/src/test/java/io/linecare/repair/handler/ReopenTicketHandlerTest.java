package io.linecare.repair.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;
import static io.linecare.support.TaskRun.AREA;
import static io.linecare.support.TaskRun.HISTORY;
import static io.linecare.support.TaskRun.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.support.TaskRun;

class ReopenTicketHandlerTest {

    private final TicketProgress progress = mock(TicketProgress.class);
    private final ReopenTicketHandler handler = new ReopenTicketHandler(progress, TaskRun.facts());

    private static TaskRun task() {
        return TaskRun.of(Topics.REPAIR_REOPEN_TICKET, "Task_ReopenTicket").with(AREA_ID, AREA).with(FIX_WORKED, false);
    }

    @Test
    void theFirstReopeningCountsOneAndClearsTheRepairState() {
        Map<String, Object> out = task().run(handler).outputs();

        assertThat(out.get(REOPEN_COUNT)).isInstanceOf(Integer.class).isEqualTo(1);
        assertThat(out).containsEntry(REPAIR_DONE, false)
                .containsEntry(RESOLUTION, "")
                .containsEntry(CASE_HISTORY, HISTORY)
                .containsKey(FIX_WORKED); // cleared, so the next answer is not mistaken for this one
        assertThat(out.get(FIX_WORKED)).isNull();
        verify(progress).reopened(TICKET, 1, "The customer says the fault is not fixed (no comment)");
    }

    @Test
    void aLaterReopeningCountsOnAndQuotesTheCustomer() {
        Map<String, Object> out = task().with(REOPEN_COUNT, 1).with(CUSTOMER_COMMENT, "still drops every evening")
                .run(handler).outputs();

        assertThat(out).containsEntry(REOPEN_COUNT, 2);
        verify(progress).reopened(TICKET, 2, "The customer says the fault is not fixed (still drops every evening)");
    }
}
