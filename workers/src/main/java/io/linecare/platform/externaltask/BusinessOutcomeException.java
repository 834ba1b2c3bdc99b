package io.linecare.platform.externaltask;

import java.util.Map;

/**
 * A business outcome the process models as a BPMN error ({@code Err_<Reason>}), not a fault:
 * e.g. the customer's line is not theirs, or no technician is free.
 */
public class BusinessOutcomeException extends RuntimeException {

    private final String errorCode;
    private final Map<String, Object> variables;

    public BusinessOutcomeException(String errorCode, String message) {
        this(errorCode, message, Map.of());
    }

    public BusinessOutcomeException(String errorCode, String message, Map<String, Object> variables) {
        super(message);
        if (!errorCode.startsWith("Err_")) {
            throw new IllegalArgumentException("BPMN error codes start with Err_: " + errorCode);
        }
        this.errorCode = errorCode;
        this.variables = Map.copyOf(variables);
    }

    public String errorCode() {
        return errorCode;
    }

    public Map<String, Object> variables() {
        return variables;
    }
}
