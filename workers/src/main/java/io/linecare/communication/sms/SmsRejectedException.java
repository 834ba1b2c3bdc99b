package io.linecare.communication.sms;

/** The provider refused the message (HTTP 4xx other than 408/429): sending it again will not help. */
public class SmsRejectedException extends SmsGatewayException {

    private final int status;

    public SmsRejectedException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status the provider answered with. */
    public int status() {
        return status;
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
