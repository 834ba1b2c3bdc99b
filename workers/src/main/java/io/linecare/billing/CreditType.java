package io.linecare.billing;

/** What compensation-policy.dmn grants, as its {@code creditType} output spells it. */
public enum CreditType {
    NONE("none"),
    /** a fixed amount off the bill */
    BILL_CREDIT("bill-credit"),
    /** days of service free of charge, converted to an amount off the bill */
    FREE_DAYS("free-days");

    private final String code;

    CreditType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CreditType fromCode(String code) {
        for (CreditType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException(
                "Unknown credit type '" + code + "' (expected 'none', 'bill-credit' or 'free-days')");
    }
}
