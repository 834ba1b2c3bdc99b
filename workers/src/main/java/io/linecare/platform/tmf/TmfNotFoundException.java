package io.linecare.platform.tmf;

/** The requested resource does not exist (or is not the caller's to see); answered as 404. */
public class TmfNotFoundException extends RuntimeException {

    public TmfNotFoundException(String message) {
        super(message);
    }
}
