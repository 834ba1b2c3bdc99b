package io.linecare.network;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A service area and its business calendar. Visits and callbacks are promised inside the
 * area's working hours, in the area's time zone, whatever zone the server runs in.
 */
public record Area(
        String id,
        String city,
        String district,
        String name,
        ZoneId timeZone,
        LocalTime workingHoursStart,
        LocalTime workingHoursEnd,
        WorkingDays workingDays) {

    /** How customers and staff name the area, e.g. "上城区 湖滨片区". */
    public String label() {
        return district + " " + name;
    }

    public boolean isWorkingTime(Instant instant) {
        ZonedDateTime local = instant.atZone(timeZone);
        LocalTime time = local.toLocalTime();
        return workingDays.includes(local.getDayOfWeek())
                && !time.isBefore(workingHoursStart)
                && time.isBefore(workingHoursEnd);
    }
}
