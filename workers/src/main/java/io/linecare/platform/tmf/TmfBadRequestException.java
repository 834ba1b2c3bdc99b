package io.linecare.platform.tmf;

/** Input that the API refuses, with a reason a client can act on; answered as 400. */
public class TmfBadRequestException extends RuntimeException {

    private final String code;

    public TmfBadRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
