package io.linecare.communication.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

/**
 * Times as the customer reads them: in China Standard Time (Asia/Shanghai), in the page's locale.
 * Values come from process variables (ISO-8601 strings or {@link Date}) and from the database.
 */
final class StatusTimes {

    static final ZoneId CUSTOMER_ZONE = ZoneId.of("Asia/Shanghai");

    private StatusTimes() {
    }

    /**
     * A date-time or date from a variable: {@link Date}, {@link Instant}, an ISO-8601 string with
     * offset or zone, a local date-time (read as UTC, how Linecare stores times) or a plain date.
     */
    static Optional<TemporalAccessor> read(Object value) {
        if (value instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (value instanceof TemporalAccessor temporal) {
            return Optional.of(temporal);
        }
        if (!(value instanceof String text) || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(trimmed).toInstant());
        } catch (DateTimeParseException notOffset) {
            // next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(trimmed).toInstant());
        } catch (DateTimeParseException notZoned) {
            // next form
        }
        try {
            return Optional.of(LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocal) {
            // next form
        }
        try {
            return Optional.of(LocalDate.parse(trimmed));
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }

    static Optional<String> format(Object value, Locale locale) {
        return read(value).map(temporal -> format(temporal, locale));
    }

    static String format(TemporalAccessor temporal, Locale locale) {
        if (temporal instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
        }
        Instant instant = temporal instanceof Instant i ? i : toInstant(temporal);
        return dateTime(locale).format(instant.atZone(CUSTOMER_ZONE));
    }

    static String format(Instant instant, Locale locale) {
        return dateTime(locale).format(instant.atZone(CUSTOMER_ZONE));
    }

    /** "14:00" in the customer's zone, for the end of a slot on the same day. */
    static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(instant.atZone(CUSTOMER_ZONE));
    }

    static boolean sameDay(Instant a, Instant b) {
        return a.atZone(CUSTOMER_ZONE).toLocalDate().equals(b.atZone(CUSTOMER_ZONE).toLocalDate());
    }

    /** Language-neutral, for what is stored in status_page_action.detail. */
    static String neutral(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).format(instant.atZone(CUSTOMER_ZONE));
    }

    private static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    private static Instant toInstant(TemporalAccessor temporal) {
        if (temporal instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return Instant.from(temporal);
    }
}
