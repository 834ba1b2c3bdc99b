package io.linecare.dispute;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One recorded decision on a dispute.
 *
 * @param decision     upheld, partially-upheld or rejected (dispute-decision's {@code decision})
 * @param creditAmount the total the customer gets for the dispute by this decision
 */
public record Decision(String disputeId, DecisionStage stage, String decidedBy, String decision,
        BigDecimal creditAmount, String reason, Instant decidedAt) {

    public static final String UPHELD = "upheld";
    public static final String PARTIALLY_UPHELD = "partially-upheld";
    public static final String REJECTED = "rejected";
}
