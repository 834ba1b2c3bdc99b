package io.linecare.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Local times between which a customer does not want to be messaged. Usually wraps midnight
 * (21:00–08:00), so "inside" is not simply start &lt;= t &lt; end.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("Quiet hours must not be empty or the whole day: " + start);
        }
    }

    public boolean contains(LocalTime time) {
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }

    /**
     * The earliest moment at or after {@code now} when a non-urgent message may reach the customer:
     * now, or the end of the quiet hours they are in (in their own time zone).
     */
    public Instant earliestDelivery(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (!contains(time)) {
            return now;
        }
        boolean endsTomorrow = start.isAfter(end) && !time.isBefore(start);
        LocalDate endDay = endsTomorrow ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        return endDay.atTime(end).atZone(zone).toInstant();
    }
}
