package io.linecare.billing.handler;

import java.math.BigDecimal;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.billing.CreditRequest;
import io.linecare.billing.CreditResult;
import io.linecare.billing.CreditService;
import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;

/**
 * {@code billing.apply-credit}: grants what compensation-policy.dmn (or a billing decision) set in
 * {@code creditType}, {@code creditAmount} and {@code freeDays}, once per case and purpose. The
 * idempotency key is {@code <business key>:<purpose>} (purpose: an input parameter, else the
 * activity id), so a retried or duplicated task never pays twice.
 *
 * <p>Outputs {@code creditedAmount} (the money actually credited, free days converted) and
 * {@code creditOutcome} (applied, already-applied or nothing-to-credit). The output has its own name
 * because the inputs usually arrive as input parameters: an output named like a local input would be
 * written to the task's local scope and vanish with it. Messages map it to their {@code creditAmount}.
 */
@Component
@ExternalTaskSubscription(Topics.BILLING_APPLY_CREDIT)
public class ApplyCreditHandler extends LinecareTaskHandler {

    static final String CREDIT_TYPE = "creditType";
    static final String CREDIT_AMOUNT = "creditAmount";
    static final String FREE_DAYS = "freeDays";
    static final String CREDIT_REASON = "creditReason";
    static final String CREDITED_AMOUNT = "creditedAmount";
    static final String CREDIT_OUTCOME = "creditOutcome";

    private final CreditService credits;

    public ApplyCreditHandler(CreditService credits) {
        this.credits = credits;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String caseReference = input.businessKey();
        String purpose = input.optionalString("purpose").orElse(input.activityId());
        CreditRequest request = new CreditRequest(
                input.requireLong("customerId"),
                caseReference,
                caseReference + ":" + purpose,
                input.requireString(CREDIT_TYPE),
                input.optionalDecimal(CREDIT_AMOUNT).orElse(null),
                input.optionalDecimal(FREE_DAYS).map(BigDecimal::intValue).orElse(0),
                input.optionalString(CREDIT_REASON).orElse("Compensation for " + caseReference));
        CreditResult result;
        try {
            result = credits.applyCredit(request);
        } catch (IllegalArgumentException wrongInput) {
            // an unknown customer or credit type, a negative amount: a retry cannot fix it
            throw new InvalidTaskInputException(wrongInput.getMessage());
        }
        return Map.of(
                CREDITED_AMOUNT, result.amount().doubleValue(),
                CREDIT_OUTCOME, result.outcome().name().toLowerCase().replace('_', '-'));
    }
}
