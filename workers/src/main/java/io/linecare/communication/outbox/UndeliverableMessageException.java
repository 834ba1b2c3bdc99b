package io.linecare.communication.outbox;

/** The channel refused the message for good: the message is marked failed without more tries. */
public class UndeliverableMessageException extends RuntimeException {

    public UndeliverableMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
