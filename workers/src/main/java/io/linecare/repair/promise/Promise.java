package io.linecare.repair.promise;

import java.time.Instant;

/**
 * The restore promise communicated to the customer.
 *
 * @param promisedAt when the service will be back, at the latest
 * @param atRiskAt   when 80% of the promised span has passed on the same calendar: the moment to
 *                   escalate, and to tell the customer first if the promise will not be kept
 */
public record Promise(Instant promisedAt, Instant atRiskAt) {
}
