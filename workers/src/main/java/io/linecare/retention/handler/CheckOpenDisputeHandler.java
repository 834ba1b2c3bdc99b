package io.linecare.retention.handler;

import static io.linecare.retention.CancellationSaveVariables.DISPUTE_STILL_OPEN;
import static io.linecare.retention.CancellationSaveVariables.OPEN_DISPUTE_ID;
import static io.linecare.retention.CancellationSaveVariables.OPEN_DISPUTE_SUMMARY;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.retention.OpenCases;
import io.linecare.retention.OpenDisputes;

/**
 * {@code retention.check-open-dispute}: whether the dispute found at scoring is still undecided. The
 * flow asks after it is already listening for the dispute's decided-signal, so a decision made in
 * between is seen here rather than lost. Outputs {@code disputeStillOpen} and, for the billing
 * manager's form, {@code openDisputeSummary}.
 */
@Component
@ExternalTaskSubscription(Topics.RETENTION_CHECK_OPEN_DISPUTE)
public class CheckOpenDisputeHandler extends LinecareTaskHandler {

    private final OpenDisputes disputes;

    public CheckOpenDisputeHandler(OpenDisputes disputes) {
        this.disputes = disputes;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String disputeId = input.requireString(OPEN_DISPUTE_ID);
        Optional<OpenCases.OpenCase> open = disputes.stillOpen(disputeId);
        return Map.of(
                DISPUTE_STILL_OPEN, open.isPresent(),
                OPEN_DISPUTE_SUMMARY, open.map(OpenCases.OpenCase::summary).orElse(disputeId + " is decided"));
    }
}
