package io.linecare.grouping;

import java.util.Arrays;

/**
 * Where a complaint group stands. Collecting, suspected and confirmed groups are open: new tickets of
 * their area and service type join them at intake. TMF656 ServiceProblem status is derived from it.
 */
public enum GroupState {
    COLLECTING("collecting", "pending"),
    SUSPECTED("suspected", "acknowledged"),
    CONFIRMED("confirmed", "inProgress"),
    RESOLVED("resolved", "resolved"),
    REJECTED("rejected", "rejected"),
    MERGED("merged", "closed"),
    EXPIRED("expired", "cancelled");

    private final String code;
    private final String tmfStatus;

    GroupState(String code, String tmfStatus) {
        this.code = code;
        this.tmfStatus = tmfStatus;
    }

    public String code() {
        return code;
    }

    /** The TMF656 ServiceProblem status. */
    public String tmfStatus() {
        return tmfStatus;
    }

    public boolean isOpen() {
        return this == COLLECTING || this == SUSPECTED || this == CONFIRMED;
    }

    public static GroupState fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown complaint group state '" + code + "'"));
    }
}
