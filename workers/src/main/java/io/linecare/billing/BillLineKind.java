package io.linecare.billing;

/** What a bill line charges for; credits are negative. */
public enum BillLineKind {
    RECURRING("recurring"),
    USAGE("usage"),
    ONE_OFF("one-off"),
    CREDIT("credit");

    private final String code;

    BillLineKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static BillLineKind fromCode(String code) {
        for (BillLineKind value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown BillLineKind '" + code + "'");
    }
}
