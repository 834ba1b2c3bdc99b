package io.linecare.billing.handler;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.billing.BillHold;
import io.linecare.billing.HoldService;
import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;

/**
 * {@code billing.hold-disputed-amount}: puts the lines of the dispute (the business key) on hold, the
 * bill onHold and the disputed amount out of dunning's reach; once per dispute. Output
 * {@code heldAmount} (CNY).
 */
@Component
@ExternalTaskSubscription(Topics.BILLING_HOLD_DISPUTED_AMOUNT)
public class HoldDisputedAmountHandler extends LinecareTaskHandler {

    private final HoldService holds;

    public HoldDisputedAmountHandler(HoldService holds) {
        this.holds = holds;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        BillHold hold;
        try {
            hold = holds.hold(input.businessKey());
        } catch (IllegalArgumentException noLines) {
            throw new InvalidTaskInputException(noLines.getMessage());
        }
        return Map.of("heldAmount", hold.amount().doubleValue());
    }
}
