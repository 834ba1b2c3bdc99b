package io.linecare.communication.sms;

/** Sending an SMS failed; {@link #isRetryable()} tells the dispatcher whether to try again. */
public abstract class SmsGatewayException extends RuntimeException {

    protected SmsGatewayException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract boolean isRetryable();
}
