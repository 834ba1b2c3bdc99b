package io.linecare.customer;

public enum SubscriptionStatus {
    ACTIVE("active"),
    SUSPENDED("suspended"),
    CANCELLED("cancelled");

    private final String code;

    SubscriptionStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SubscriptionStatus fromCode(String code) {
        for (SubscriptionStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown subscription status '" + code + "'");
    }
}
