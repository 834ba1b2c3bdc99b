package io.linecare.communication.outbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.linecare.communication.MessageType;
import io.linecare.communication.template.MessageModel;
import io.linecare.communication.template.TemplateRenderingException;

/**
 * Turns the raw values a process holds (instants, ISO strings, numbers, {start, end} windows) into
 * the formatted strings a template shows, in the customer's language and time zone. Only the values
 * the message type declares are taken over, so nothing else of the process leaks into a message.
 */
final class MessageModelAssembler {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageModelAssembler() {
    }

    static Map<String, Object> assemble(MessageType type, Locale locale, ZoneId zone, String customerName,
                                        String caseReference, String statusUrl, Map<String, Object> values) {
        MessageModel model = MessageModel.forCustomer(locale, zone)
                .text("customerName", customerName)
                .text("caseReference", caseReference)
                .text("statusUrl", statusUrl);
        for (String name : type.requiredValues()) {
            if (MessageType.COMMON_VALUES.contains(name) || values.get(name) == null) {
                continue; // a missing value is reported by the renderer, naming the template
            }
            add(model, type, name, values.get(name));
        }
        return model.build();
    }

    private static void add(MessageModel model, MessageType type, String name, Object value) {
        value = structured(type, name, value);
        if (value instanceof Map<?, ?> window && window.containsKey("start")) {
            model.window(name, instant(type, name, window.get("start")), instant(type, name, window.get("end")));
        } else if (value instanceof Collection<?> items && !items.isEmpty() && items.iterator().next() instanceof Map) {
            List<MessageModel.TimeWindow> windows = new ArrayList<>();
            for (Object item : items) {
                Map<?, ?> window = (Map<?, ?>) item;
                windows.add(new MessageModel.TimeWindow(instant(type, name, window.get("start")),
                        instant(type, name, window.get("end"))));
            }
            model.windows(name, windows);
        } else if (value instanceof Collection<?> items) {
            model.texts(name, items.stream().map(String::valueOf).toList());
        } else if (value instanceof Number number && name.endsWith("Amount")) {
            model.money(name, new BigDecimal(number.toString()), CNY);
        } else if (isTime(value)) {
            model.dateTime(name, instant(type, name, value));
        } else {
            model.text(name, String.valueOf(value));
        }
    }

    /**
     * Processes keep windows and lists as strings, so any node can read them: a window as an ISO-8601
     * interval ({@code start/end}), a list of windows as a JSON array of {@code {start, end}} objects.
     */
    private static Object structured(MessageType type, String name, Object value) {
        if (!(value instanceof String text)) {
            return value;
        }
        if (text.startsWith("[")) {
            try {
                return JSON.readValue(text, List.class);
            } catch (JsonProcessingException e) {
                throw new TemplateRenderingException(type.templateName(),
                        "model value " + name + " looks like a JSON list but is not one: " + e.getOriginalMessage(), e);
            }
        }
        int slash = text.indexOf('/');
        if (slash > 0 && parse(text.substring(0, slash)) != null && parse(text.substring(slash + 1)) != null) {
            return Map.of("start", text.substring(0, slash), "end", text.substring(slash + 1));
        }
        return value;
    }

    private static boolean isTime(Object value) {
        if (value instanceof Instant || value instanceof Date || value instanceof OffsetDateTime
                || value instanceof ZonedDateTime) {
            return true;
        }
        return value instanceof String text && text.length() >= 16 && Character.isDigit(text.charAt(0))
                && text.charAt(4) == '-' && text.charAt(10) == 'T' && parse(text) != null;
    }

    private static Instant instant(MessageType type, String name, Object value) {
        Instant instant = null;
        if (value instanceof Instant i) {
            instant = i;
        } else if (value instanceof Date d) {
            instant = d.toInstant();
        } else if (value instanceof OffsetDateTime o) {
            instant = o.toInstant();
        } else if (value instanceof ZonedDateTime z) {
            instant = z.toInstant();
        } else if (value instanceof String s) {
            instant = parse(s);
        }
        if (instant == null) {
            throw new TemplateRenderingException(type.templateName(),
                    "model value " + name + " must be a date-time (ISO-8601 with offset) but was '" + value + "'", null);
        }
        return instant;
    }

    private static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
