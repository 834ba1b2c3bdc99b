package io.linecare.billing;

import java.math.BigDecimal;

/**
 * A bill line as a dispute names it.
 *
 * @param amount         what the line charges
 * @param disputedAmount the part of it the customer disputes (at most {@code amount})
 */
public record DisputedCharge(long billLineId, long billId, Long subscriptionId, BillLineKind kind, String description,
        BigDecimal amount, BigDecimal disputedAmount) {
}
