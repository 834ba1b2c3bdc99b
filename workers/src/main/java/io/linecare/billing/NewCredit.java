package io.linecare.billing;

import java.math.BigDecimal;

/** A credit to write; the amount is already final (positive, two decimals). */
public record NewCredit(long customerId, String caseReference, String idempotencyKey, CreditType type,
        BigDecimal amount, int freeDays, String reason) {
}
