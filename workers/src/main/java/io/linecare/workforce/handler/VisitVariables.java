package io.linecare.workforce.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.linecare.repair.handler.RepairFacts;
import io.linecare.workforce.Booking;

/**
 * The variables a booked visit sets: the window for messages (an ISO-8601 interval), for staff (text)
 * and for the timers (reminder the day before, no-show half an hour after the window).
 */
final class VisitVariables {

    static final Duration REMINDER_BEFORE = Duration.ofDays(1);
    static final Duration NO_SHOW_GRACE = Duration.ofMinutes(30);
    /** A reminder closer than this to the confirmation would only repeat it. */
    static final Duration REMINDER_MIN_GAP = Duration.ofHours(6);

    private VisitVariables() {
    }

    static Map<String, Object> of(Booking booking, String technicianName, String areaId, RepairFacts facts, Instant now) {
        Instant start = booking.windowStart();
        Instant end = booking.windowEnd();
        Instant reminderAt = start.minus(REMINDER_BEFORE);
        boolean useful = reminderAt.isAfter(now.plus(REMINDER_MIN_GAP));
        Map<String, Object> out = new HashMap<>();
        out.put(APPOINTMENT_ID, String.valueOf(booking.id()));
        out.put(APPOINTMENT_WINDOW, start + "/" + end);
        out.put(APPOINTMENT_WINDOW_TEXT, facts.window(start, end, areaId) + " · " + technicianName);
        out.put(APPOINTMENT_START, RepairFacts.date(start));
        out.put(APPOINTMENT_END, RepairFacts.date(end));
        out.put(NO_SHOW_AT, RepairFacts.date(end.plus(NO_SHOW_GRACE)));
        // no useful reminder: a time the visit task never lives to see (done, or ended by the no-show
        // timer), instead of a timer firing now and racing the technician's completion
        out.put(REMINDER_AT, RepairFacts.date(useful ? reminderAt : end.plus(NO_SHOW_GRACE).plus(REMINDER_BEFORE)));
        out.put(REMINDER_USEFUL, useful);
        out.put(TECHNICIAN_NAME, technicianName);
        return out;
    }
}
