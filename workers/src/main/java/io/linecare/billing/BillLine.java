package io.linecare.billing;

import java.math.BigDecimal;

/**
 * One charge on a bill.
 *
 * @param subscriptionId null for charges not tied to a line (e.g. a goodwill credit)
 * @param onHold         held while a dispute about this line is open
 */
public record BillLine(
        long id,
        long billId,
        Long subscriptionId,
        BillLineKind kind,
        String description,
        BigDecimal amount,
        boolean onHold) {
}
