package io.linecare.repair.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as staff read them in Tasklist forms: in the area's time zone, with the zone named, so a
 * dispatcher in another city is never an hour off. (Customer messages use LocalizedFormats instead.)
 */
public final class StaffTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private StaffTime() {
    }

    /** e.g. {@code Tue 24 Nov 2026 18:00 (Asia/Shanghai)} */
    public static String label(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /**
     * A deadline with the time left, e.g. {@code Thu 10 Dec 2026 18:00 (Asia/Shanghai), in 5 days as of
     * Sat 5 Dec 09:12}. The time left is counted when the label is made (a step just before the task), so
     * the label says when; Tasklist's own due date shows the live countdown.
     */
    public static String due(Instant deadline, Instant now, ZoneId zone) {
        return label(deadline, zone) + ", " + timeLeft(Duration.between(now, deadline)) + " as of "
                + DAY.format(now.atZone(zone)) + " " + TIME.format(now.atZone(zone));
    }

    /**
     * {@code in 5 days}, {@code in 30 h}, {@code in 45 min}, {@code 3 h overdue}: whole units, rounded
     * down, so the time left is never overstated; days from 2 days on.
     */
    static String timeLeft(Duration left) {
        if (left.isNegative()) {
            return amount(left.negated()) + " overdue";
        }
        return left.toMinutes() == 0 ? "due now" : "in " + amount(left);
    }

    private static String amount(Duration duration) {
        if (duration.toDays() >= 2) {
            return duration.toDays() + " days";
        }
        if (duration.toHours() >= 2) {
            return duration.toHours() + " h";
        }
        return Math.max(1, duration.toMinutes()) + " min";
    }

    /** e.g. {@code Tue 24 Nov 09:00-11:00} */
    public static String window(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        return DAY.format(from) + " " + TIME.format(from) + "-" + TIME.format(end.atZone(zone));
    }

    /** e.g. {@code 24 Nov 10:02}: a history line's time. */
    static String shortLabel(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).format(instant.atZone(zone));
    }
}
