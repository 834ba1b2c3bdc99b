package io.linecare.repair.ticket;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** TMF621 TroubleTicketStatusType. A ticket starts {@code acknowledged}; the fault-repair flow moves it on. */
public enum TicketStatus {
    ACKNOWLEDGED("acknowledged"),
    IN_PROGRESS("inProgress"),
    PENDING("pending"),
    HELD("held"),
    RESOLVED("resolved"),
    CLOSED("closed"),
    CANCELLED("cancelled"),
    REJECTED("rejected");

    private final String code;

    TicketStatus(String code) {
        this.code = code;
    }

    /** The value in the API, the database and the process variables. */
    public String code() {
        return code;
    }

    public static Optional<TicketStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }

    /** The codes as a client reads them in an error message, e.g. {@code "a, b or c"}. */
    public static String codes() {
        String all = Arrays.stream(values()).map(TicketStatus::code).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
