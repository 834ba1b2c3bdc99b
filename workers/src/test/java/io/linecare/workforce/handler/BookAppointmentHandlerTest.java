package io.linecare.workforce.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;
import static io.linecare.support.TaskRun.AREA;
import static io.linecare.support.TaskRun.NOW;
import static io.linecare.support.TaskRun.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.support.TaskRun;
import io.linecare.workforce.AppointmentScheduler;
import io.linecare.workforce.Booking;
import io.linecare.workforce.BookingStatus;
import io.linecare.workforce.Skill;
import io.linecare.workforce.SlotTakenException;
import io.linecare.workforce.Technician;
import io.linecare.workforce.Workforce;

class BookAppointmentHandlerTest {

    private static final String OFFERED = """
            [{"id":"T01@1773878400","start":"2026-03-19T00:00:00Z","end":"2026-03-19T02:00:00Z","technicianName":"Li Na"},
             {"id":"T02@1773885600","start":"2026-03-19T02:00:00Z","end":"2026-03-19T04:00:00Z","technicianName":"Wang Fang"},
             {"id":"T01@1774072800","start":"2026-03-21T06:00:00Z","end":"2026-03-21T08:00:00Z","technicianName":"Li Na"}]""";

    private final AppointmentScheduler scheduler = mock(AppointmentScheduler.class);
    private final Workforce workforce = mock(Workforce.class);
    private final TicketProgress progress = mock(TicketProgress.class);
    private final BookAppointmentHandler handler = new BookAppointmentHandler(scheduler, workforce, progress,
            TaskRun.facts(), new ObjectMapper(), TaskRun.clock());

    @BeforeEach
    void technicians() {
        when(workforce.technician(anyString())).thenReturn(Optional.empty());
        when(workforce.technician("T01")).thenReturn(Optional.of(technician("T01", "Li Na")));
        when(workforce.technician("T02")).thenReturn(Optional.of(technician("T02", "Wang Fang")));
    }

    private static Technician technician(String id, String name) {
        return new Technician(id, null, name, "13800000000", AREA, Set.of(Skill.BROADBAND), Set.of(AREA), true);
    }

    private static Booking booking(long id, String technician, String start) {
        Instant at = Instant.parse(start);
        return new Booking(id, technician, at, at.plus(Duration.ofHours(2)), TICKET, BookingStatus.CONFIRMED, NOW);
    }

    private static TaskRun task() {
        return TaskRun.of(Topics.WORKFORCE_BOOK_APPOINTMENT, "Task_BookAppointment")
                .with(AREA_ID, AREA).with(OFFERED_SLOTS, OFFERED);
    }

    @Test
    void theCustomersPickIsBookedBeforeTheDispatchersChoice() {
        when(scheduler.book("T01@1774072800", TICKET)).thenReturn(booking(77, "T01", "2026-03-21T06:00:00Z"));

        Map<String, Object> out = task().with(PICKED_SLOT_ID, "T01@1774072800").with(SLOT_CHOICE, "1")
                .run(handler).outputs();

        verify(scheduler).book("T01@1774072800", TICKET);
        verify(scheduler, never()).book("T01@1773878400", TICKET);
        assertThat(out).containsEntry(APPOINTMENT_ID, "77")
                .containsEntry(APPOINTMENT_WINDOW, "2026-03-21T06:00:00Z/2026-03-21T08:00:00Z")
                .containsEntry(APPOINTMENT_WINDOW_TEXT, "Sat 21 Mar 14:00-16:00 · Li Na")
                .containsEntry(TECHNICIAN_NAME, "Li Na");
        Instant start = Instant.parse("2026-03-21T06:00:00Z");
        assertThat(out.get(APPOINTMENT_START)).isInstanceOf(Date.class).isEqualTo(Date.from(start));
        assertThat(out.get(APPOINTMENT_END)).isInstanceOf(Date.class).isEqualTo(Date.from(start.plus(Duration.ofHours(2))));
        assertThat(out.get(NO_SHOW_AT)).isInstanceOf(Date.class)
                .isEqualTo(Date.from(start.plus(Duration.ofHours(2)).plus(Duration.ofMinutes(30))));
        // three days ahead: remind the day before
        assertThat(out.get(REMINDER_AT)).isInstanceOf(Date.class).isEqualTo(Date.from(start.minus(Duration.ofDays(1))));
        assertThat(out).containsEntry(REMINDER_USEFUL, true);
        verify(progress).note(TICKET, "Visit booked: Sat 21 Mar 14:00-16:00 with Li Na");
    }

    @Test
    void slotChoiceTwoBooksTheSecondOfferedSlot() {
        when(scheduler.book("T02@1773885600", TICKET)).thenReturn(booking(78, "T02", "2026-03-19T02:00:00Z"));

        Map<String, Object> out = task().with(PICKED_SLOT_ID, "").with(SLOT_CHOICE, "2").run(handler).outputs();

        verify(scheduler).book("T02@1773885600", TICKET);
        assertThat(out).containsEntry(APPOINTMENT_ID, "78").containsEntry(TECHNICIAN_NAME, "Wang Fang");
        // tomorrow morning: a reminder would only repeat the confirmation; its timer is set past the no-show
        assertThat(out).containsEntry(REMINDER_AT, Date.from(Instant.parse("2026-03-19T04:00:00Z").plus(Duration.ofMinutes(30))
                .plus(Duration.ofDays(1)))).containsEntry(REMINDER_USEFUL, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "0", "-1"})
    void aSlotNumberThatWasNotOfferedIsSlotTaken(String choice) {
        TaskRun.Result result = task().with(SLOT_CHOICE, choice).run(handler);

        assertThat(result.bpmnError()).isEqualTo("Err_SlotTaken");
        verifyNoInteractions(scheduler, progress);
    }

    @Test
    void aSlotSomebodyElseGotFirstIsSlotTaken() {
        when(scheduler.book("T01@1773878400", TICKET)).thenThrow(new SlotTakenException("T01@1773878400",
                SlotTakenException.Reason.TAKEN, "Slot T01@1773878400 is taken"));

        TaskRun.Result result = task().with(SLOT_CHOICE, "1").run(handler);

        assertThat(result.bpmnError()).isEqualTo("Err_SlotTaken");
        assertThat(result.bpmnErrorMessage()).isEqualTo("Slot T01@1773878400 is taken");
        verifyNoInteractions(progress);
    }

    @ParameterizedTest
    @ValueSource(strings = {"new-slots", "two", ""})
    void aChoiceThatIsNotANumberIsAnIncident(String choice) {
        String incident = task().with(SLOT_CHOICE, choice).run(handler).incident();

        assertThat(incident).contains("slotChoice").contains("'" + choice + "'");
        verifyNoInteractions(scheduler);
    }

    @Test
    void noChoiceAtAllIsAnIncident() {
        String incident = task().run(handler).incident();

        assertThat(incident).contains(PICKED_SLOT_ID).contains(SLOT_CHOICE).contains(TICKET);
        verifyNoInteractions(scheduler);
    }

    @Test
    void aTechnicianNoLongerInTheDirectoryIsShownByTheirId() {
        when(scheduler.book("T09@1773878400", TICKET)).thenReturn(booking(79, "T09", "2026-03-19T00:00:00Z"));

        Map<String, Object> out = task().with(PICKED_SLOT_ID, "T09@1773878400").run(handler).outputs();

        assertThat(out).containsEntry(TECHNICIAN_NAME, "T09");
    }
}
