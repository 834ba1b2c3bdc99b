package io.linecare.customer;

/** How a customer wants automated updates; the communication capability honours it. */
public enum ChannelPreference {
    EMAIL("email"),
    SMS("sms"),
    BOTH("both");

    private final String code;

    ChannelPreference(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean wantsEmail() {
        return this != SMS;
    }

    public boolean wantsSms() {
        return this != EMAIL;
    }

    public static ChannelPreference fromCode(String code) {
        for (ChannelPreference preference : values()) {
            if (preference.code.equals(code)) {
                return preference;
            }
        }
        throw new IllegalArgumentException("Unknown channel preference '" + code + "'");
    }
}
