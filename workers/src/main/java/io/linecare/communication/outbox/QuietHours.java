package io.linecare.communication.outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A customer's quiet hours, e.g. 21:00–08:00 in their own time zone. A non-urgent SMS that falls
 * inside waits until they end; outage notices and other urgent messages go at once.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    public static QuietHours none(ZoneId zone) {
        return new QuietHours(null, null, zone);
    }

    /** The earliest moment at or after {@code now} when a message may disturb the customer. */
    public Instant earliestDelivery(Instant now) {
        if (start == null || end == null || start.equals(end)) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate today = local.toLocalDate();
        boolean spansMidnight = start.isAfter(end);
        if (spansMidnight) {
            if (!time.isBefore(start)) {
                return today.plusDays(1).atTime(end).atZone(zone).toInstant();
            }
            if (time.isBefore(end)) {
                return today.atTime(end).atZone(zone).toInstant();
            }
            return now;
        }
        if (!time.isBefore(start) && time.isBefore(end)) {
            return today.atTime(end).atZone(zone).toInstant();
        }
        return now;
    }
}
