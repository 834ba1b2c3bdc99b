package io.linecare.repair.ticket;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where the customer reported the fault (TMF621 channel). */
public enum IntakeChannel {
    PHONE("phone"),
    WEB("web"),
    APP("app"),
    SHOP("shop"),
    SELF_SERVICE("self-service");

    private final String code;

    IntakeChannel(String code) {
        this.code = code;
    }

    /** The value in the API, the database and the process variables. */
    public String code() {
        return code;
    }

    public static Optional<IntakeChannel> fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }

    /** The codes as a client reads them in an error message, e.g. {@code "a, b or c"}. */
    public static String codes() {
        String all = Arrays.stream(values()).map(IntakeChannel::code).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
