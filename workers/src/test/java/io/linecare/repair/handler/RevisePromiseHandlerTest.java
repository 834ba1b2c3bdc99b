package io.linecare.repair.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;
import static io.linecare.support.TaskRun.AREA;
import static io.linecare.support.TaskRun.HISTORY;
import static io.linecare.support.TaskRun.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.linecare.customer.ServiceType;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.promise.RestorationEstimator;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.support.TaskRun;

class RevisePromiseHandlerTest {

    private static final Instant MISSED = Instant.parse("2026-03-18T06:00:00Z"); // 14:00 Hangzhou

    private final RestorationEstimator estimator = mock(RestorationEstimator.class);
    private final TicketProgress progress = mock(TicketProgress.class);
    private final RevisePromiseHandler handler = new RevisePromiseHandler(estimator, progress, TaskRun.facts());

    private Map<String, Object> reviseTo(Instant revised) {
        when(estimator.estimate(TICKET, AREA, ServiceType.VOIP, MISSED)).thenReturn(revised);
        return TaskRun.of(Topics.REPAIR_REVISE_PROMISE, "Task_RevisePromise")
                .with(AREA_ID, AREA).with(SERVICE_TYPE, "voip").with(PROMISED_AT, Date.from(MISSED))
                .run(handler).outputs();
    }

    @Test
    void theHonestEstimateBecomesThePromiseAndTheMissedOneIsKept() {
        Instant revised = MISSED.plus(Duration.ofHours(5)).plusSeconds(60);

        Map<String, Object> out = reviseTo(revised);

        assertThat(out.get(MISSED_PROMISE)).isInstanceOf(Date.class).isEqualTo(Date.from(MISSED));
        assertThat(out.get(PROMISED_AT)).isInstanceOf(Date.class).isEqualTo(Date.from(revised));
        assertThat(out).containsEntry(PROMISE_LABEL, "Wed 18 Mar 2026 19:01 (Asia/Shanghai)")
                .containsEntry(PROMISE_BROKEN, true)
                .containsEntry(CASE_HISTORY, HISTORY);
        verify(progress).note(TICKET, "Promise Wed 18 Mar 2026 14:00 (Asia/Shanghai) missed; "
                + "new promise Wed 18 Mar 2026 19:01 (Asia/Shanghai)");
    }

    @Test
    void hoursLateIsADoubleRoundedUpToATenthOfAnHour() {
        assertThat(reviseTo(MISSED.plus(Duration.ofHours(5)).plusSeconds(60)).get(HOURS_LATE))
                .isInstanceOf(Double.class).isEqualTo(5.1);
    }

    @Test
    void wholeHoursLateStayWhole() {
        assertThat(reviseTo(MISSED.plus(Duration.ofHours(26))).get(HOURS_LATE)).isEqualTo(26.0);
    }
}
