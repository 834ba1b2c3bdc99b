package io.linecare.grouping;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The post-incident report: how long the outage lasted (confirmation to restoration), how many
 * customers it affected, how many complained, the share of affected customers we told before they
 * called (or who never needed to call), and the compensation paid.
 */
public record IncidentReport(String groupId, int durationMinutes, int customersAffected, int complaintsReceived,
                             BigDecimal notifiedBeforeCallPct, BigDecimal compensationTotal, int customersCompensated,
                             String rootCause, Instant writtenAt) {
}
