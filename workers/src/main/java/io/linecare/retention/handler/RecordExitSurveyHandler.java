package io.linecare.retention.handler;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.communication.status.InformationProvidedAction;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.retention.CancellationService;

/**
 * {@code retention.record-exit-survey}: keeps the customer's answer to the exit survey, given on the
 * status page (the generic answer form, variable customerAnswer). The first answer is kept.
 */
@Component
@ExternalTaskSubscription(Topics.RETENTION_RECORD_EXIT_SURVEY)
public class RecordExitSurveyHandler extends LinecareTaskHandler {

    private final CancellationService cancellations;

    public RecordExitSurveyHandler(CancellationService cancellations) {
        this.cancellations = cancellations;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        cancellations.exitSurveyAnswered(input.businessKey(), input.requireString(InformationProvidedAction.CUSTOMER_ANSWER));
        return Map.of();
    }
}
