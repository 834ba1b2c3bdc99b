package io.linecare.dispute;

/** The billing-dispute process is not deployed on this engine; no dispute is kept. */
public class DisputeUnavailableException extends RuntimeException {

    public DisputeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
