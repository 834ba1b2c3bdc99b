package io.linecare.dispute;

import java.time.Instant;

/** The customer's one appeal against a decision. */
public record Appeal(String disputeId, String reason, Instant appealedAt, Instant decideBy) {
}
