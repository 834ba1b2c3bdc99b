package io.linecare.platform.externaltask;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.client.task.ExternalTask;

/**
 * Typed, checked access to an external task's variables. A missing or wrong-typed variable becomes
 * an {@link InvalidTaskInputException} that says what was expected, never a NullPointerException.
 */
public final class TaskInput {

    private final ExternalTask task;

    public TaskInput(ExternalTask task) {
        this.task = task;
    }

    public String businessKey() {
        String businessKey = task.getBusinessKey();
        if (businessKey == null || businessKey.isBlank()) {
            throw new InvalidTaskInputException("Task '" + task.getActivityId()
                    + "' needs the process instance's business key (the case reference), but it has none");
        }
        return businessKey;
    }

    public String activityId() {
        return task.getActivityId();
    }

    public String processInstanceId() {
        return task.getProcessInstanceId();
    }

    /** Every variable the task sees (its input parameters over the process variables). */
    public Map<String, Object> allVariables() {
        return task.getAllVariables();
    }

    public String requireString(String name) {
        return require(name, String.class);
    }

    public long requireLong(String name) {
        Object value = requireValue(name, "a whole number");
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        throw wrongType(name, "a whole number", value);
    }

    public boolean requireBoolean(String name) {
        return require(name, Boolean.class);
    }

    /** A number of any type (the DMN engine returns Integer, Long or Double), as a BigDecimal. */
    public Optional<BigDecimal> optionalDecimal(String name) {
        return optional(name, Number.class).map(number -> new BigDecimal(number.toString()));
    }

    /** A point in time stored as a Date (the engine's type) or an ISO-8601 string with offset. */
    public Instant requireInstant(String name) {
        Object value = requireValue(name, "a date-time");
        return toInstant(name, value);
    }

    public Optional<Instant> optionalInstant(String name) {
        Object value = task.getVariable(name);
        return value == null ? Optional.empty() : Optional.of(toInstant(name, value));
    }

    public int requireInt(String name) {
        long value = requireLong(name);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw wrongType(name, "an integer", value);
        }
        return (int) value;
    }

    public Optional<Integer> optionalInt(String name) {
        return task.getVariable(name) == null ? Optional.empty() : Optional.of(requireInt(name));
    }

    public Optional<Boolean> optionalBoolean(String name) {
        return optional(name, Boolean.class);
    }

    /** A JSON object or map variable, e.g. a DMN single result. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> requireMap(String name) {
        return require(name, Map.class);
    }

    private Instant toInstant(String name, Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof String text) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidTaskInputException("Task '" + task.getActivityId() + "' needs variable '" + name
                        + "' as a date-time (ISO-8601 with offset), but it is '" + text + "'");
            }
        }
        throw wrongType(name, "a date-time", value);
    }

    /**
     * A string variable parsed into a code type (e.g. {@code ServiceType::fromCode}); a value the parser
     * refuses (IllegalArgumentException) is bad input, an incident at once instead of retries.
     */
    public <T> T requireParsed(String name, Function<String, T> parser) {
        String text = requireString(name);
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidTaskInputException("Task '" + task.getActivityId() + "' cannot use variable '" + name
                    + "': " + unknown.getMessage());
        }
    }

    public Optional<String> optionalString(String name) {
        return optional(name, String.class);
    }

    public <T> T require(String name, Class<T> type) {
        Object value = requireValue(name, type.getSimpleName());
        if (!type.isInstance(value)) {
            throw wrongType(name, type.getSimpleName(), value);
        }
        return type.cast(value);
    }

    public <T> Optional<T> optional(String name, Class<T> type) {
        Object value = task.getVariable(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!type.isInstance(value)) {
            throw wrongType(name, type.getSimpleName(), value);
        }
        return Optional.of(type.cast(value));
    }

    private Object requireValue(String name, String expected) {
        Object value = task.getVariable(name);
        if (value == null) {
            throw new InvalidTaskInputException("Task '" + task.getActivityId() + "' needs variable '" + name
                    + "' (" + expected + "), but it is missing");
        }
        return value;
    }

    private InvalidTaskInputException wrongType(String name, String expected, Object actual) {
        return new InvalidTaskInputException("Task '" + task.getActivityId() + "' needs variable '" + name
                + "' as " + expected + ", but it is a " + actual.getClass().getSimpleName());
    }
}
