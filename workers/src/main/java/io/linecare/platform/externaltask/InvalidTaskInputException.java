package io.linecare.platform.externaltask;

/**
 * A variable the handler needs is missing or of the wrong type. Retrying cannot help, so the task
 * fails at once and Cockpit shows this message as the incident.
 */
public class InvalidTaskInputException extends RuntimeException {

    public InvalidTaskInputException(String message) {
        super(message);
    }
}
