package io.linecare.billing;

/** TMF678 CustomerBill state; a disputed bill goes onHold. */
public enum BillState {
    NEW("new"),
    ON_HOLD("onHold"),
    SETTLED("settled"),
    SENT("sent"),
    PARTIALLY_PAID("partiallyPaid");

    private final String code;

    BillState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static BillState fromCode(String code) {
        for (BillState value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown BillState '" + code + "'");
    }
}
