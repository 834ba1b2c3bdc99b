package io.linecare.retention.handler;

import static io.linecare.retention.CancellationSaveVariables.CHURN_RISK;
import static io.linecare.retention.CancellationSaveVariables.CLTV_BAND;
import static io.linecare.retention.CancellationSaveVariables.CUSTOMER_STORY;
import static io.linecare.retention.CancellationSaveVariables.HAS_OPEN_DISPUTE;
import static io.linecare.retention.CancellationSaveVariables.HAS_OPEN_FAULT;
import static io.linecare.retention.CancellationSaveVariables.OPEN_DISPUTE_ID;
import static io.linecare.retention.CancellationSaveVariables.OPEN_FAULT_ID;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.retention.OpenCases;
import io.linecare.retention.ScoringService;

/**
 * {@code retention.score-customer}: churn risk, CLTV band, the customer's story for the agent, and the
 * oldest open fault and open billing dispute, which the flow has fixed (or at least expedited) before
 * anyone makes an offer.
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
        Optional<String> fault = assessment.firstOpen(OpenCases.OpenCase.FAULT).map(OpenCases.OpenCase::reference);
        Optional<String> dispute = assessment.firstOpen(OpenCases.OpenCase.DISPUTE).map(OpenCases.OpenCase::reference);
        return Map.of(
                CHURN_RISK, assessment.score().churnRisk(),
                CLTV_BAND, assessment.score().cltvBand(),
                HAS_OPEN_FAULT, fault.isPresent(),
                OPEN_FAULT_ID, fault.orElse(""),
                HAS_OPEN_DISPUTE, dispute.isPresent(),
                OPEN_DISPUTE_ID, dispute.orElse(""),
                CUSTOMER_STORY, assessment.story());
    }
}
