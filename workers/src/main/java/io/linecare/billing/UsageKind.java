package io.linecare.billing;

/** Rated usage a line produces; data is recorded but free on the flat-rate plans. */
public enum UsageKind {
    VOICE_MINUTES("voice-minutes"),
    DATA_GB("data-gb"),
    PAY_PER_VIEW("pay-per-view");

    private final String code;

    UsageKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static UsageKind fromCode(String code) {
        for (UsageKind value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown UsageKind '" + code + "'");
    }
}
