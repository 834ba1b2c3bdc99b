package io.linecare.repair.ticket;

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
