package io.linecare.platform.externaltask;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values of an intake form (a Tasklist start or correction form) read for a person: every value
 * that is missing or cannot be used becomes one problem named by the form's label, so the agent sees
 * all of them at once in the correction task. Tasklist or the REST API may send a number as a String,
 * an Integer, a Long or a Double; all are read.
 */
public final class IntakeForm {

    private final Map<String, Object> values;
    private final List<String> problems = new ArrayList<>();

    public IntakeForm(Map<String, Object> values) {
        this.values = values;
    }

    /** A required text, stripped; null (and a problem) when missing, not text or longer than {@code max}. */
    public String text(String name, String label, int max) {
        String text = optionalText(name, label, max);
        if (text == null && isBlank(values.get(name))) {
            problems.add(label + " is required");
        }
        return text;
    }

    /** An optional text, stripped; null when empty. */
    public String optionalText(String name, String label, int max) {
        Object value = values.get(name);
        if (isBlank(value)) {
            return null;
        }
        if (!(value instanceof String text)) {
            problems.add(label + " must be text, not " + value.getClass().getSimpleName());
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            problems.add(label + " is longer than " + max + " characters");
            return null;
        }
        return stripped;
    }

    /** A required code of a fixed set, e.g. {@code CancellationReason::fromCode}. */
    public <T> T code(String name, String label, Function<String, Optional<T>> parse, String allowed) {
        String value = text(name, label, 100);
        if (value == null) {
            return null;
        }
        return parse.apply(value).orElseGet(() -> {
            problems.add(label + " '" + value + "' is not known; use " + allowed);
            return null;
        });
    }

    /** A required date, YYYY-MM-DD. */
    public LocalDate date(String name, String label) {
        String value = text(name, label, 10);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(label + " must be a date such as 2026-12-31, not '" + value + "'");
            return null;
        }
    }

    /** An optional whole number; null when empty or unusable (a problem then). */
    public Long optionalWholeNumber(String name, String label) {
        BigDecimal number = optionalNumber(name, label);
        if (number == null) {
            return null;
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException notWhole) {
            problems.add(label + " must be a whole number, not " + number.toPlainString());
            return null;
        }
    }

    /** An optional number (an amount); null when empty or unusable (a problem then). */
    public BigDecimal optionalNumber(String name, String label) {
        Object value = values.get(name);
        if (isBlank(value)) {
            return null;
        }
        try {
            if (value instanceof Number number) {
                return new BigDecimal(number.toString());
            }
            if (value instanceof String text) {
                return new BigDecimal(text.strip());
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(label + " must be a number, not '" + value + "'");
        return null;
    }

    /** Adds a problem the form's rules found beyond single values. */
    public void problem(String problem) {
        problems.add(problem);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    private static boolean isBlank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }
}
