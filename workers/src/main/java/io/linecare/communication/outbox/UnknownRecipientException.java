package io.linecare.communication.outbox;

/** The customer cannot be reached: unknown, or without a usable address. Retrying cannot help. */
public class UnknownRecipientException extends RuntimeException {

    public UnknownRecipientException(String message) {
        super(message);
    }
}
