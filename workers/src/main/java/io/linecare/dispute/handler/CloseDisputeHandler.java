package io.linecare.dispute.handler;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.billing.BillHold;
import io.linecare.dispute.DisputeService;
import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;

/**
 * {@code dispute.close-dispute}: ends the dispute; its hold is converted for what the final decision
 * credited and released for the rest (dunning resumes for that). Output {@code holdOutcome}
 * (released, converted, partly-converted; none when nothing was held).
 */
@Component
@ExternalTaskSubscription(Topics.DISPUTE_CLOSE_DISPUTE)
public class CloseDisputeHandler extends LinecareTaskHandler {

    private final DisputeService disputes;

    public CloseDisputeHandler(DisputeService disputes) {
        this.disputes = disputes;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        try {
            String outcome = disputes.close(input.businessKey()).map(BillHold::status).map(BillHold.Status::code)
                    .orElse("none");
            return Map.of("holdOutcome", outcome);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidTaskInputException(unknown.getMessage());
        }
    }
}
