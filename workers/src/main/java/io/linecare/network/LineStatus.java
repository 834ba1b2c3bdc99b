package io.linecare.network;

/** What a remote line test can conclude. */
public enum LineStatus {
    OK("ok"),
    LINE_FAULT("line-fault"),
    CPE_FAULT("cpe-fault"),
    /** the line is fine but its area is down: a visit would not help */
    AREA_OUTAGE("area-outage");

    private final String code;

    LineStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static LineStatus fromCode(String code) {
        for (LineStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown line status '" + code + "'");
    }
}
