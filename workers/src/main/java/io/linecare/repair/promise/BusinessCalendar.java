package io.linecare.repair.promise;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

import io.linecare.network.Area;

/**
 * Adds hours on an area's business calendar: only its working hours, on its working days, in its
 * own time zone (whatever zone the server runs in). Times go in and come out as UTC instants.
 */
@Component
public class BusinessCalendar {

    /**
     * The instant at which {@code hours} of the area's working time have passed since {@code start}.
     * Time before opening, after closing and on closed days does not count. Work that uses up a day
     * exactly ends at closing time that day, not at the next opening. Adding zero returns
     * {@code start} unchanged.
     */
    public Instant addWorkingHours(Instant start, Duration hours, Area area) {
        requireNonNegative(hours);
        if (hours.isZero()) {
            return start;
        }
        ZoneId zone = area.timeZone();
        Duration remaining = hours;
        ZonedDateTime cursor = start.atZone(zone);
        LocalDate day = cursor.toLocalDate();
        while (true) {
            if (area.workingDays().includes(day.getDayOfWeek())) {
                ZonedDateTime opens = day.atTime(area.workingHoursStart()).atZone(zone);
                ZonedDateTime closes = day.atTime(area.workingHoursEnd()).atZone(zone);
                ZonedDateTime from = cursor.isAfter(opens) ? cursor : opens;
                if (from.isBefore(closes)) {
                    Duration available = Duration.between(from, closes);
                    if (remaining.compareTo(available) <= 0) {
                        return from.toInstant().plus(remaining);
                    }
                    remaining = remaining.minus(available);
                }
            }
            day = day.plusDays(1);
            cursor = day.atStartOfDay(zone);
        }
    }

    /** The 24x7 calendar: every hour counts. */
    public Instant addRoundTheClock(Instant start, Duration hours) {
        requireNonNegative(hours);
        return start.plus(hours);
    }

    private static void requireNonNegative(Duration hours) {
        if (hours.isNegative()) {
            throw new IllegalArgumentException("Cannot add a negative duration (" + hours + ") to a calendar");
        }
    }
}
