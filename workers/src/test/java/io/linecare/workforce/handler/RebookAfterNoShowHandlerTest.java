package io.linecare.workforce.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;
import static io.linecare.support.TaskRun.AREA;
import static io.linecare.support.TaskRun.HISTORY;
import static io.linecare.support.TaskRun.NOW;
import static io.linecare.support.TaskRun.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.support.TaskRun;
import io.linecare.workforce.AppointmentScheduler;
import io.linecare.workforce.Booking;
import io.linecare.workforce.BookingStatus;
import io.linecare.workforce.Skill;
import io.linecare.workforce.SlotOffer;
import io.linecare.workforce.SlotProposal;
import io.linecare.workforce.Technician;
import io.linecare.workforce.Workforce;

class RebookAfterNoShowHandlerTest {

    /** The missed visit: Wed 10:00-12:00 Hangzhou. */
    private static final Booking MISSED = booking(77, "T01", "2026-03-18T02:00:00Z");
    /** The first free window: Thu 08:00-10:00 Hangzhou, another technician. */
    private static final Booking REBOOKED = booking(78, "T02", "2026-03-19T00:00:00Z");
    private static final SlotOffer FIRST_FREE = new SlotOffer("T02@1773878400", "T02", "Wang Fang",
            REBOOKED.windowStart(), REBOOKED.windowEnd());
    private static final Instant PROMISED = Instant.parse("2026-03-19T04:00:00Z");

    private final AppointmentScheduler scheduler = mock(AppointmentScheduler.class);
    private final Workforce workforce = mock(Workforce.class);
    private final TicketProgress progress = mock(TicketProgress.class);
    private final RebookAfterNoShowHandler handler = new RebookAfterNoShowHandler(scheduler, workforce, progress,
            TaskRun.facts(), TaskRun.clock());

    @BeforeEach
    void technicians() {
        when(workforce.technician(anyString())).thenReturn(Optional.empty());
        when(workforce.technician("T02")).thenReturn(Optional.of(new Technician("T02", null, "Wang Fang", "13800000002",
                AREA, Set.of(Skill.BROADBAND), Set.of(AREA), true)));
        when(scheduler.proposeSlots(AREA, Skill.BROADBAND, NOW, PROMISED, 1))
                .thenReturn(new SlotProposal(List.of(FIRST_FREE), true, FIRST_FREE.end()));
        when(scheduler.book(FIRST_FREE.id(), TICKET)).thenReturn(REBOOKED);
    }

    private static Booking booking(long id, String technician, String start) {
        Instant at = Instant.parse(start);
        return new Booking(id, technician, at, at.plus(Duration.ofHours(2)), TICKET, BookingStatus.CONFIRMED, NOW);
    }

    private static TaskRun task() {
        return TaskRun.of(Topics.WORKFORCE_REBOOK_AFTER_NO_SHOW, "Task_RebookAfterNoShow")
                .with(AREA_ID, AREA).with(SERVICE_TYPE, "broadband").with(PROMISED_AT, Date.from(PROMISED))
                .with(APPOINTMENT_ID, "77").with(APPOINTMENT_END, Date.from(MISSED.windowEnd()));
    }

    @Test
    void theMissedVisitIsMarkedFailedAndTheEarliestFreeWindowIsBookedWithoutAsking() {
        when(scheduler.confirmedBookingOf(TICKET)).thenReturn(Optional.of(MISSED));

        Map<String, Object> out = task().run(handler).outputs();

        InOrder order = inOrder(scheduler);
        order.verify(scheduler).noShow(TICKET);
        order.verify(scheduler).proposeSlots(AREA, Skill.BROADBAND, NOW, PROMISED, 1);
        order.verify(scheduler).book(FIRST_FREE.id(), TICKET);
        assertThat(out).containsEntry(APPOINTMENT_ID, "78")
                .containsEntry(MISSED_APPOINTMENT_ID, "77")
                .containsEntry(TECHNICIAN_NAME, "Wang Fang")
                .containsEntry(APPOINTMENT_WINDOW, "2026-03-19T00:00:00Z/2026-03-19T02:00:00Z")
                .containsEntry(CASE_HISTORY, HISTORY);
        assertThat(out.get(MISSED_APPOINTMENT_END)).isInstanceOf(Date.class).isEqualTo(Date.from(MISSED.windowEnd()));
        assertThat(out.get(APPOINTMENT_END)).isInstanceOf(Date.class).isEqualTo(Date.from(REBOOKED.windowEnd()));
        assertThat(out.get(NO_SHOW_AT)).isEqualTo(Date.from(REBOOKED.windowEnd().plus(Duration.ofMinutes(30))));
        verify(progress).note(TICKET, "The technician did not come (visit 77); rebooked first in line: "
                + "Thu 19 Mar 08:00-10:00 with Wang Fang");
    }

    @Test
    void hoursLateRunFromTheMissedWindowEndToTheNewWindowEnd() {
        when(scheduler.confirmedBookingOf(TICKET)).thenReturn(Optional.of(MISSED));

        Object hoursLate = task().run(handler).outputs().get(HOURS_LATE);

        // Wed 12:00 -> Thu 10:00 Hangzhou: 22 h
        assertThat(hoursLate).isInstanceOf(Double.class).isEqualTo(22.0);
    }

    @Test
    void aRetryReusesTheNewBookingInsteadOfBookingTwice() {
        when(scheduler.confirmedBookingOf(TICKET)).thenReturn(Optional.of(REBOOKED));

        Map<String, Object> out = task().run(handler).outputs();

        verify(scheduler, never()).noShow(anyString());
        verify(scheduler, never()).proposeSlots(any(), any(), any(), any(), anyInt());
        verify(scheduler, never()).book(anyString(), anyString());
        assertThat(out).containsEntry(APPOINTMENT_ID, "78")
                .containsEntry(MISSED_APPOINTMENT_ID, "77")
                .containsEntry(HOURS_LATE, 22.0);
    }

    @Test
    void aRetryAfterTheNoShowWasRecordedButBeforeTheBookingBooksOnce() {
        when(scheduler.confirmedBookingOf(TICKET)).thenReturn(Optional.empty());

        Map<String, Object> out = task().run(handler).outputs();

        verify(scheduler).book(FIRST_FREE.id(), TICKET);
        assertThat(out).containsEntry(APPOINTMENT_ID, "78");
    }

    @Test
    void whenNobodyIsFreeTheTaskIsRetried() {
        when(scheduler.confirmedBookingOf(TICKET)).thenReturn(Optional.of(MISSED));
        when(scheduler.proposeSlots(AREA, Skill.BROADBAND, NOW, PROMISED, 1)).thenReturn(SlotProposal.none());

        String failure = task().run(handler).retried();

        assertThat(failure).contains(TICKET).contains(AREA);
        verify(scheduler, never()).book(anyString(), anyString());
    }
}
