package io.linecare.billing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A credit granted to a customer.
 *
 * @param freeDays   the days a free-days credit was converted from; 0 for a bill credit
 * @param billLineId the negative 'credit' line carrying it on a bill; null until it is on one
 */
public record Credit(long id, long customerId, String caseReference, String idempotencyKey, CreditType type,
        BigDecimal amount, int freeDays, String reason, Long billLineId, Instant createdAt) {
}
