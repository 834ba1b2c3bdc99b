package io.linecare.communication.template;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the model of a message: plain strings and lists of strings only, with dates and amounts already
 * formatted for the customer's locale and time zone by {@link LocalizedFormats}.
 *
 * <pre>{@code
 * Map<String, Object> model = MessageModel.forCustomer(locale, zone)
 *         .text("customerName", "Zhang Wei")
 *         .text("caseReference", "FR-2026-000123")
 *         .text("statusUrl", statusUrl)
 *         .dateTime("promisedAt", promise)
 *         .build();
 * }</pre>
 */
public final class MessageModel {

    private final LocalizedFormats formats;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private MessageModel(LocalizedFormats formats) {
        this.formats = formats;
    }

    /** @param zone the customer's zone; {@code null} means {@link LocalizedFormats#DEFAULT_ZONE} */
    public static MessageModel forCustomer(Locale locale, ZoneId zone) {
        return new MessageModel(new LocalizedFormats(locale, zone));
    }

    public MessageModel text(String name, String value) {
        return put(name, value);
    }

    public MessageModel dateTime(String name, Instant value) {
        return put(name, formats.dateTime(Objects.requireNonNull(value, name)));
    }

    public MessageModel window(String name, Instant start, Instant end) {
        return put(name, formats.window(Objects.requireNonNull(start, name), Objects.requireNonNull(end, name)));
    }

    public MessageModel money(String name, BigDecimal amount, Currency currency) {
        return put(name, formats.money(Objects.requireNonNull(amount, name), currency));
    }

    /** A list of time windows, e.g. the slots offered for a visit. */
    public MessageModel windows(String name, List<TimeWindow> windows) {
        List<String> formatted = new ArrayList<>();
        for (TimeWindow w : windows) {
            formatted.add(formats.window(w.start(), w.end()));
        }
        return put(name, List.copyOf(formatted));
    }

    public MessageModel texts(String name, List<String> value) {
        return put(name, List.copyOf(value));
    }

    public Map<String, Object> build() {
        return Map.copyOf(values);
    }

    /** A start and an end, e.g. an appointment slot. */
    public record TimeWindow(Instant start, Instant end) {
        public TimeWindow {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("window ends before it starts");
            }
        }
    }

    private MessageModel put(String name, Object value) {
        values.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
        return this;
    }
}
