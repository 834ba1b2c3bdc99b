package io.linecare.repair.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;
import static io.linecare.support.TaskRun.AREA;
import static io.linecare.support.TaskRun.HISTORY;
import static io.linecare.support.TaskRun.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.linecare.customer.ServiceType;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.promise.RestorationEstimator;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.support.TaskRun;

class EstimateRestorationHandlerTest {

    private final RestorationEstimator estimator = mock(RestorationEstimator.class);
    private final TicketProgress progress = mock(TicketProgress.class);
    private final EstimateRestorationHandler handler = new EstimateRestorationHandler(estimator, progress, TaskRun.facts());

    @Test
    void theEstimateIsOutputAsDateAndLabelAndTheCustomerCountsAsWarned() {
        Instant promised = Instant.parse("2026-03-18T10:00:00Z");
        Instant estimate = Instant.parse("2026-03-19T04:00:00Z");
        when(estimator.estimate(TICKET, AREA, ServiceType.CABLE_TV, promised)).thenReturn(estimate);

        Map<String, Object> out = TaskRun.of(Topics.REPAIR_ESTIMATE_RESTORATION, "Task_EstimateRestoration")
                .with(AREA_ID, AREA).with(SERVICE_TYPE, "cable-tv").with(PROMISED_AT, Date.from(promised))
                .run(handler).outputs();

        assertThat(out).containsOnlyKeys(ESTIMATED_AT, ESTIMATE_LABEL, PROMISE_WARNED, CASE_HISTORY);
        assertThat(out.get(ESTIMATED_AT)).isInstanceOf(Date.class).isEqualTo(Date.from(estimate));
        assertThat(out).containsEntry(ESTIMATE_LABEL, "Thu 19 Mar 2026 12:00 (Asia/Shanghai)")
                .containsEntry(PROMISE_WARNED, true)
                .containsEntry(CASE_HISTORY, HISTORY);
        verify(progress).note(TICKET, "Promise at risk; customer warned, estimate Thu 19 Mar 2026 12:00 (Asia/Shanghai)");
    }
}
