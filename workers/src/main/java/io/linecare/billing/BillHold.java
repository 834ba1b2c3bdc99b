package io.linecare.billing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Disputed money on hold: the bill is {@link BillState#ON_HOLD} and dunning leaves {@code amount}
 * alone while the hold is active. Ends released (owed again), converted (credited) or partly both.
 *
 * @param previousBillState the state the bill returns to when its last active hold ends
 * @param convertedAmount   the part of {@code amount} that became a credit
 */
public record BillHold(long id, String caseReference, long billId, BigDecimal amount, BillState previousBillState,
        Status status, BigDecimal convertedAmount, Instant createdAt, Instant settledAt) {

    public enum Status {
        ACTIVE("active"),
        RELEASED("released"),
        CONVERTED("converted"),
        PARTLY_CONVERTED("partly-converted");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Status fromCode(String code) {
            for (Status status : values()) {
                if (status.code.equals(code)) {
                    return status;
                }
            }
            throw new IllegalArgumentException("Unknown hold status '" + code + "'");
        }
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }
}
