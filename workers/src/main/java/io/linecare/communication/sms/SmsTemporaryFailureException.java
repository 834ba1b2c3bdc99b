package io.linecare.communication.sms;

/** The provider failed or could not be reached (5xx, 408, 429, timeout, connection refused): retry later. */
public class SmsTemporaryFailureException extends SmsGatewayException {

    public SmsTemporaryFailureException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
