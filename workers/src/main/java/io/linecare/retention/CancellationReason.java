package io.linecare.retention;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why the customer wants to leave, as the agent or the customer picked it. Also the retention-offer
 * input, and it decides whether we may write to the customer again 60 days after they left: someone who
 * moved out of our area cannot come back, and telling them about our prices would only be noise.
 */
public enum CancellationReason {
    PRICE("price", true),
    COMPETITOR_OFFER("competitor-offer", true),
    SERVICE_QUALITY("service-quality", true),
    NOT_USING("not-using", true),
    MOVING_AWAY("moving-away", false),
    OTHER("other", false);

    private final String code;
    private final boolean winBackAllowed;

    CancellationReason(String code, boolean winBackAllowed) {
        this.code = code;
        this.winBackAllowed = winBackAllowed;
    }

    public String code() {
        return code;
    }

    public boolean winBackAllowed() {
        return winBackAllowed;
    }

    public static Optional<CancellationReason> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(CancellationReason::code).collect(Collectors.joining(", "));
    }
}
