package io.linecare.repair.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;
import static io.linecare.support.TaskRun.AREA;
import static io.linecare.support.TaskRun.HISTORY;
import static io.linecare.support.TaskRun.NOW;
import static io.linecare.support.TaskRun.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.support.TaskRun;

class ResolveTicketHandlerTest {

    private final TicketProgress progress = mock(TicketProgress.class);
    private final ResolveTicketHandler handler = new ResolveTicketHandler(progress, TaskRun.facts(), TaskRun.clock());

    private static TaskRun task(String resolution) {
        return TaskRun.of(Topics.REPAIR_RESOLVE_TICKET, "Task_ResolveTicket").with(AREA_ID, AREA).with(RESOLUTION, resolution);
    }

    @ParameterizedTest
    @CsvSource({
            "remote, Fixed remotely",
            "visit, Fixed on the technician's visit",
            "network, Fixed in the network"})
    void theTicketIsResolvedAndTheCustomerHas72HoursToSayItIsNot(String resolution, String reason) {
        Map<String, Object> out = task(resolution).run(handler).outputs();

        assertThat(out).containsOnlyKeys(REPAIR_DONE, CONFIRM_BY, CASE_HISTORY);
        assertThat(out.get(CONFIRM_BY)).isInstanceOf(Date.class).isEqualTo(Date.from(NOW.plus(Duration.ofHours(72))));
        assertThat(out).containsEntry(REPAIR_DONE, true).containsEntry(CASE_HISTORY, HISTORY);
        verify(progress).resolved(TICKET, resolution,
                reason + "; waiting for the customer's confirmation until Sat 21 Mar 2026 14:30 (Asia/Shanghai)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "fixed", "Remote"})
    void anEmptyOrUnknownResolutionIsRefusedAsAnIncident(String resolution) {
        String incident = task(resolution).run(handler).incident();

        assertThat(incident).contains(TICKET).contains("'" + resolution + "'");
        verifyNoInteractions(progress);
    }

    @Test
    void aMissingResolutionIsAnIncident() {
        String incident = TaskRun.of(Topics.REPAIR_RESOLVE_TICKET, "Task_ResolveTicket").with(AREA_ID, AREA)
                .run(handler).incident();

        assertThat(incident).contains(RESOLUTION);
        verifyNoInteractions(progress);
    }
}
