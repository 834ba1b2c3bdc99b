package io.linecare.retention.handler;

import static io.linecare.retention.CancellationSaveVariables.CUSTOMER_STAYED;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.retention.CancellationService;

/** {@code retention.check-re-churn}: 90 days after a save, records whether the customer stayed. */
@Component
@ExternalTaskSubscription(Topics.RETENTION_CHECK_RE_CHURN)
public class CheckReChurnHandler extends LinecareTaskHandler {

    private final CancellationService cancellations;

    public CheckReChurnHandler(CancellationService cancellations) {
        this.cancellations = cancellations;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        try {
            return Map.of(CUSTOMER_STAYED, cancellations.checkReChurn(input.businessKey()));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidTaskInputException(unknown.getMessage());
        }
    }
}
