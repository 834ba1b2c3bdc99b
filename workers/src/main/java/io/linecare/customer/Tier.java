package io.linecare.customer;

/** Service tier; drives SLA policy and who counts as a big client. Codes as stored in the CRM. */
public enum Tier {
    STANDARD("standard"),
    PREMIUM("premium"),
    ENTERPRISE("enterprise");

    private final String code;

    Tier(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Tier fromCode(String code) {
        for (Tier tier : values()) {
            if (tier.code.equals(code)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("Unknown tier '" + code + "'");
    }
}
