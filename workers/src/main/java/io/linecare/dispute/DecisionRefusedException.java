package io.linecare.dispute;

/**
 * A decision that cannot be accepted as given: the process sends it back to the task with this
 * message ({@code Err_InvalidDecision}, or {@code Err_SameDecider} for the 4-eyes rules).
 */
public class DecisionRefusedException extends RuntimeException {

    public static final String INVALID_DECISION = "Err_InvalidDecision";
    public static final String SAME_DECIDER = "Err_SameDecider";

    private final String errorCode;

    public DecisionRefusedException(String errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
