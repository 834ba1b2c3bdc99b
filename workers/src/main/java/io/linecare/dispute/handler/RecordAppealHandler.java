package io.linecare.dispute.handler;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.dispute.Appeal;
import io.linecare.dispute.BillingDisputeVariables;
import io.linecare.dispute.DisputeService;
import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;

/**
 * {@code dispute.record-appeal}: records the customer's appeal ({@code appealReason}, from the status
 * page) and the new promise. Outputs {@code appealDecisionBy}, {@code promisedAt} and
 * {@code appealDecisionByLabel} (for the appeal form).
 */
@Component
@ExternalTaskSubscription(Topics.DISPUTE_RECORD_APPEAL)
public class RecordAppealHandler extends LinecareTaskHandler {

    private final DisputeService disputes;

    public RecordAppealHandler(DisputeService disputes) {
        this.disputes = disputes;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        Appeal appeal;
        try {
            appeal = disputes.recordAppeal(input.businessKey(),
                    input.optionalString(BillingDisputeVariables.APPEAL_REASON).orElse(null));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidTaskInputException(unknown.getMessage());
        }
        Date decideBy = Date.from(appeal.decideBy());
        return Map.of(BillingDisputeVariables.APPEAL_DECISION_BY, decideBy, BillingDisputeVariables.PROMISED_AT, decideBy,
                BillingDisputeVariables.APPEAL_DECISION_BY_LABEL, disputes.staffLabel(input.businessKey(), appeal.decideBy()));
    }
}
