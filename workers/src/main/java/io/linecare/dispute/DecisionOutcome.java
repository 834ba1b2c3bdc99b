package io.linecare.dispute;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the process needs after a decision is recorded.
 *
 * @param creditToApply what is still to be credited by this decision (an appeal credits only the
 *                      difference to what the first decision granted)
 * @param promisedAt    the next promise: the credit on the bill by, or (rejected) appeal until
 * @param awaitsApproval a review's credit above the agent's limit: not decided until a manager approves
 */
public record DecisionOutcome(Decision decision, BigDecimal creditToApply, Instant creditOnBillBy,
        Instant appealUntil, Instant promisedAt, boolean awaitsApproval) {
}
