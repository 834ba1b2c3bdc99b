package io.linecare.billing;

import java.math.BigDecimal;

/**
 * A compensation to grant, as compensation-policy.dmn decided it.
 *
 * @param idempotencyKey business key + activity + purpose: the same key never credits twice
 * @param creditType     "none", "bill-credit" or "free-days"
 * @param amount         the amount of a bill credit (CNY); ignored for free days
 * @param freeDays       the days of a free-days credit; ignored for a bill credit
 * @param reason         shown on the bill line, e.g. "Repair promise FR-2026-000123 missed by 5 h"
 */
public record CreditRequest(long customerId, String caseReference, String idempotencyKey, String creditType,
        BigDecimal amount, int freeDays, String reason) {
}
