package io.linecare.retention.handler;

import static io.linecare.retention.CancellationSaveVariables.CHURN_RISK;
import static io.linecare.retention.CancellationSaveVariables.CLTV_BAND;
import static io.linecare.retention.CancellationSaveVariables.CUSTOMER_STORY;
import static io.linecare.retention.CancellationSaveVariables.HAS_OPEN_FAULT;
import static io.linecare.retention.CancellationSaveVariables.OPEN_FAULT_ID;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.retention.OpenCases;
import io.linecare.retention.ScoringService;

/**
 * {@code retention.score-customer}: churn risk, CLTV band, the customer's story for the agent and the
 * oldest open fault, which the flow has fixed (or at least expedited) before anyone makes an offer.
 */
@Component
@ExternalTaskSubscription(Topics.RETENTION_SCORE_CUSTOMER)
public class ScoreCustomerHandler extends LinecareTaskHandler {

    private final ScoringService scoring;

    public ScoreCustomerHandler(ScoringService scoring) {
        this.scoring = scoring;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        ScoringService.Assessment assessment;
        try {
            assessment = scoring.assess(input.businessKey());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidTaskInputException(unknown.getMessage());
        }
        OpenCases.OpenCase fault = assessment.firstOpenFault();
        return Map.of(
                CHURN_RISK, assessment.score().churnRisk(),
                CLTV_BAND, assessment.score().cltvBand(),
                HAS_OPEN_FAULT, fault != null,
                OPEN_FAULT_ID, fault == null ? "" : fault.reference(),
                CUSTOMER_STORY, assessment.story());
    }
}
