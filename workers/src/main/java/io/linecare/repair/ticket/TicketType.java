package io.linecare.repair.ticket;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What kind of fault the customer reports. Billing questions are not faults: they go to the
 * billing-dispute flow.
 *
 * <ul>
 *   <li>{@code connectivity}: no connection at all, or it keeps dropping;</li>
 *   <li>{@code speed}: connected but slower than the plan promises;</li>
 *   <li>{@code noise}: crackle, echo or one-way audio on a voice line;</li>
 *   <li>{@code no-signal}: no picture or "no signal" on cable TV;</li>
 *   <li>{@code equipment}: the router, phone adapter or set-top box itself is broken.</li>
 * </ul>
 */
public enum TicketType {
    CONNECTIVITY("connectivity"),
    SPEED("speed"),
    NOISE("noise"),
    NO_SIGNAL("no-signal"),
    EQUIPMENT("equipment");

    private final String code;

    TicketType(String code) {
        this.code = code;
    }

    /** The value in the API, the database and the process variables. */
    public String code() {
        return code;
    }

    public static Optional<TicketType> fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }

    /** The codes as a client reads them in an error message, e.g. {@code "a, b or c"}. */
    public static String codes() {
        String all = Arrays.stream(values()).map(TicketType::code).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
