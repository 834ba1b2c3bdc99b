package io.linecare.customer;

import java.time.LocalTime;
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
}
