package io.linecare.billing;

import java.math.BigDecimal;

/**
 * The answer of {@link CreditService#applyCredit}.
 *
 * @param credit the credit this request stands for; null when {@link Outcome#NOTHING_TO_CREDIT}
 */
public record CreditResult(Outcome outcome, Credit credit) {

    public enum Outcome {
        /** this call wrote the credit */
        APPLIED,
        /** a credit with this idempotency key already existed; nothing was written */
        ALREADY_APPLIED,
        /** type "none", or an amount of zero: nothing to write */
        NOTHING_TO_CREDIT
    }

    static CreditResult nothing() {
        return new CreditResult(Outcome.NOTHING_TO_CREDIT, null);
    }

    /** The amount credited (by this call or the earlier one); zero when nothing was. */
    public BigDecimal amount() {
        return credit == null ? BigDecimal.ZERO.setScale(2) : credit.amount();
    }
}
