package io.linecare.dispute;

import java.math.BigDecimal;
import java.time.Instant;

/** A billing dispute as stored. */
public record Dispute(String id, long customerId, String customerReference, long billId, String billReference,
        String reason, String channel, BigDecimal disputedAmount, String status, String createdBy, Instant createdAt,
        Instant decisionBy, Instant regulatoryDecisionBy, Instant closedAt) {

    public static final String OPEN = "open";
    public static final String DECIDED = "decided";
    public static final String APPEALED = "appealed";
    public static final String CLOSED = "closed";
}
