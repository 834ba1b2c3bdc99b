package io.linecare.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Rated usage of one line on one day; usage bill lines must add up to these amounts. */
public record UsageRecord(long id, long subscriptionId, LocalDate day, UsageKind kind, BigDecimal quantity,
        BigDecimal amount) {
}
