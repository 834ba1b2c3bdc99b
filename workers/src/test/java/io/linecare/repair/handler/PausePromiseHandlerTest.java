package io.linecare.repair.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;
import static io.linecare.support.TaskRun.NOW;
import static io.linecare.support.TaskRun.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.repair.ticket.TicketStatus;
import io.linecare.support.TaskRun;

class PausePromiseHandlerTest {

    private final TicketProgress progress = mock(TicketProgress.class);
    private final PausePromiseHandler handler = new PausePromiseHandler(progress, TaskRun.clock());

    private static TaskRun task() {
        return TaskRun.of(Topics.REPAIR_PAUSE_PROMISE, "Task_PausePromise");
    }

    @Test
    void aRunningClockIsPausedNowAndTheTicketGoesPending() {
        Map<String, Object> out = task().with(PROMISE_PAUSED, false).run(handler).outputs();

        assertThat(out).containsOnlyKeys(PROMISE_PAUSED, PAUSED_AT);
        assertThat(out.get(PROMISE_PAUSED)).isEqualTo(Boolean.TRUE);
        assertThat(out.get(PAUSED_AT)).isInstanceOf(Date.class).isEqualTo(Date.from(NOW));
        verify(progress).status(org.mockito.ArgumentMatchers.eq(TICKET), org.mockito.ArgumentMatchers.eq(TicketStatus.PENDING),
                anyString());
    }

    @Test
    void withoutThePausedFlagTheClockCountsAsRunning() {
        Map<String, Object> out = task().run(handler).outputs();

        assertThat(out).containsEntry(PROMISE_PAUSED, true).containsEntry(PAUSED_AT, Date.from(NOW));
    }

    @Test
    void pausingAPausedClockChangesNothingAndKeepsTheFirstPauseTime() {
        Date firstPause = Date.from(NOW.minus(Duration.ofHours(5)));

        Map<String, Object> out = task().with(PROMISE_PAUSED, true).with(PAUSED_AT, firstPause).run(handler).outputs();

        assertThat(out).isEmpty(); // pausedAt is not overwritten
        verifyNoInteractions(progress);
    }
}
