package io.linecare.repair.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;
import static io.linecare.support.TaskRun.AREA;
import static io.linecare.support.TaskRun.HISTORY;
import static io.linecare.support.TaskRun.NOW;
import static io.linecare.support.TaskRun.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.repair.ticket.TicketStatus;
import io.linecare.support.TaskRun;

class ResumePromiseHandlerTest {

    private static final Instant PROMISED = Instant.parse("2026-03-19T02:30:00Z");
    private static final Instant AT_RISK = Instant.parse("2026-03-19T00:54:00Z");

    private final TicketProgress progress = mock(TicketProgress.class);
    private final ResumePromiseHandler handler = new ResumePromiseHandler(progress, TaskRun.facts(), TaskRun.clock());

    private static TaskRun paused(Object pausedAt) {
        return TaskRun.of(Topics.REPAIR_RESUME_PROMISE, "Task_ResumePromise")
                .with(AREA_ID, AREA)
                .with(PROMISE_PAUSED, true)
                .with(PAUSED_AT, pausedAt)
                .with(PROMISED_AT, Date.from(PROMISED))
                .with(AT_RISK_AT, Date.from(AT_RISK));
    }

    @Test
    void promiseAndAtRiskTimeMoveByExactlyThePausedDuration() {
        Duration waited = Duration.ofHours(3).plusMinutes(17).plusSeconds(5);

        Map<String, Object> out = paused(Date.from(NOW.minus(waited))).run(handler).outputs();

        assertThat(out.get(PROMISED_AT)).isInstanceOf(Date.class).isEqualTo(Date.from(PROMISED.plus(waited)));
        assertThat(out.get(AT_RISK_AT)).isInstanceOf(Date.class).isEqualTo(Date.from(AT_RISK.plus(waited)));
        assertThat(out).containsEntry(PROMISE_PAUSED, false)
                .containsEntry(PROMISE_LABEL, "Thu 19 Mar 2026 13:47 (Asia/Shanghai)") // 10:30 + 3:17:05
                .containsEntry(CASE_HISTORY, HISTORY);
        verify(progress).status(eq(TICKET), eq(TicketStatus.IN_PROGRESS), contains("197 min"));
    }

    @Test
    void aPauseTimeGivenAsIsoTextIsReadToo() {
        Map<String, Object> out = paused("2026-03-18T12:30:00+08:00").run(handler).outputs(); // 2 h ago

        assertThat(out).containsEntry(PROMISED_AT, Date.from(PROMISED.plus(Duration.ofHours(2))))
                .containsEntry(AT_RISK_AT, Date.from(AT_RISK.plus(Duration.ofHours(2))));
    }

    @Test
    void aPauseTimeInTheFutureShiftsNothing() {
        Map<String, Object> out = paused(Date.from(NOW.plusSeconds(30))).run(handler).outputs();

        assertThat(out).containsEntry(PROMISED_AT, Date.from(PROMISED)).containsEntry(AT_RISK_AT, Date.from(AT_RISK));
    }

    @Test
    void aClockThatIsNotPausedIsLeftAlone() {
        Map<String, Object> out = paused(Date.from(NOW.minus(Duration.ofHours(3)))).with(PROMISE_PAUSED, false)
                .run(handler).outputs();

        assertThat(out).isEmpty(); // a retry after the clock already runs again must not shift twice
        verifyNoInteractions(progress);
    }

    @Test
    void withoutThePausedFlagNothingMoves() {
        Map<String, Object> out = TaskRun.of(Topics.REPAIR_RESUME_PROMISE, "Task_ResumePromise")
                .with(AREA_ID, AREA).with(PROMISED_AT, Date.from(PROMISED)).run(handler).outputs();

        assertThat(out).isEmpty();
        verifyNoInteractions(progress);
    }

    @Test
    void aPausedClockWithoutPauseTimeIsAnIncident() {
        String incident = paused(null).run(handler).incident();

        assertThat(incident).contains(PAUSED_AT);
        verifyNoInteractions(progress);
    }
}
