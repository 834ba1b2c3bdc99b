package io.linecare.repair.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;
import static io.linecare.support.TaskRun.AREA;
import static io.linecare.support.TaskRun.HISTORY;
import static io.linecare.support.TaskRun.NOW;
import static io.linecare.support.TaskRun.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.linecare.customer.ServiceType;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.promise.BusinessCalendar;
import io.linecare.repair.promise.PromiseCalculator;
import io.linecare.repair.ticket.IntakeChannel;
import io.linecare.repair.ticket.Severity;
import io.linecare.repair.ticket.Ticket;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.repair.ticket.TicketType;
import io.linecare.repair.ticket.TroubleTicketRepository;
import io.linecare.support.TaskRun;

/** Real PromiseCalculator and BusinessCalendar over area A01 (08:00-20:00 Mon-Sat, Hangzhou); ticket reported NOW. */
class SetPromiseHandlerTest {

    private final TroubleTicketRepository tickets = mock(TroubleTicketRepository.class);
    private final TicketProgress progress = mock(TicketProgress.class);
    private SetPromiseHandler handler;

    @BeforeEach
    void setUp() {
        var network = TaskRun.networkWithArea();
        when(tickets.find(anyString())).thenReturn(Optional.empty());
        when(tickets.find(TICKET)).thenReturn(Optional.of(new Ticket(TICKET, "No internet", "Line down since noon",
                Severity.MAJOR, TicketType.CONNECTIVITY, IntakeChannel.PHONE, 42L, "CU-000042", 7L, "057188880007",
                ServiceType.BROADBAND, AREA, "agent.li", NOW, NOW, 0, null, null)));
        handler = new SetPromiseHandler(new PromiseCalculator(network, new BusinessCalendar()), tickets, progress,
                TaskRun.facts(network));
    }

    private static Map<String, Object> sla(Object restoreHours, String calendar) {
        Map<String, Object> sla = new HashMap<>();
        sla.put("restoreHours", restoreHours);
        sla.put("responseHours", 2);
        sla.put("compensationClass", "B");
        if (calendar != null) {
            sla.put("calendar", calendar);
        }
        return sla;
    }

    private static TaskRun task(Map<String, Object> sla) {
        return TaskRun.of(Topics.REPAIR_SET_PROMISE, "Task_SetPromise").with(AREA_ID, AREA).with(SLA, sla);
    }

    @Test
    void aBusinessPromiseIsCountedOnTheAreaCalendarFromTheReportAndTheFlowStateIsInitialised() {
        Map<String, Object> out = task(sla(8, "business")).run(handler).outputs();

        // Wed 14:30 + 8 working hours: 5.5 h on Wednesday, 2.5 h from Thursday 08:00 -> Thu 10:30
        assertThat(out.get(PROMISED_AT)).isInstanceOf(Date.class)
                .isEqualTo(Date.from(java.time.Instant.parse("2026-03-19T02:30:00Z")));
        // 80 % = 6 h 24 min -> Thu 08:54
        assertThat(out.get(AT_RISK_AT)).isInstanceOf(Date.class)
                .isEqualTo(Date.from(java.time.Instant.parse("2026-03-19T00:54:00Z")));
        assertThat(out).containsEntry(COMPENSATION_CLASS, "B")
                .containsEntry(PROMISE_LABEL, "Thu 19 Mar 2026 10:30 (Asia/Shanghai)")
                .containsEntry(PROMISE_PAUSED, false)
                .containsEntry(PROMISE_WARNED, false)
                .containsEntry(PROMISE_BROKEN, false)
                .containsEntry(REPAIR_DONE, false)
                .containsEntry(RESOLUTION, "")
                .containsEntry(REOPEN_COUNT, 0)
                .containsEntry(VISIT_COUNT, 0)
                .containsEntry(TRANSFER_COUNT, 0)
                .containsEntry(SLOT_ROUND, 0)
                .containsEntry(CASE_HISTORY, HISTORY);
        assertThat(out.get(REOPEN_COUNT)).isInstanceOf(Integer.class);
        assertThat(out.get(PROMISE_PAUSED)).isInstanceOf(Boolean.class);
        verify(progress).note(TICKET, "Promised to the customer: service restored by Thu 19 Mar 2026 10:30 (Asia/Shanghai)");
    }

    static Stream<Object> fourHours() {
        return Stream.of(4, 4L, 4.0);
    }

    @ParameterizedTest
    @MethodSource("fourHours")
    void restoreHoursAreReadAsAnyNumberTheDmnEngineGives(Object restoreHours) {
        Map<String, Object> out = task(sla(restoreHours, "24x7")).run(handler).outputs();

        assertThat(out).containsEntry(PROMISED_AT, Date.from(NOW.plus(Duration.ofHours(4))))
                .containsEntry(AT_RISK_AT, Date.from(NOW.plus(Duration.ofMinutes(192))));
    }

    @Test
    void aMissingCalendarIsAnIncidentThatNamesIt() {
        String incident = task(sla(8, null)).run(handler).incident();

        assertThat(incident).contains("'calendar'");
        verifyNoInteractions(progress);
    }

    @Test
    void anUnknownCalendarIsAnIncidentThatNamesItAndTheTicket() {
        String incident = task(sla(8, "weekdays")).run(handler).incident();

        assertThat(incident).contains("weekdays").contains(TICKET);
        verifyNoInteractions(progress);
    }

    @Test
    void missingRestoreHoursAreAnIncident() {
        Map<String, Object> sla = sla(null, "business");

        assertThat(task(sla).run(handler).incident()).contains("restoreHours");
    }

    @Test
    void anUnknownAreaIsAnIncident() {
        String incident = task(sla(8, "business")).with(AREA_ID, "A99").run(handler).incident();

        assertThat(incident).contains("A99");
    }
}
