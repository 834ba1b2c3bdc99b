package io.linecare.dispute.handler;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.dispute.BillingDisputeVariables;
import io.linecare.dispute.DecisionOutcome;
import io.linecare.dispute.DecisionRefusedException;
import io.linecare.dispute.DecisionStage;
import io.linecare.dispute.DisputeService;
import io.linecare.platform.externaltask.BusinessOutcomeException;
import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;

/**
 * {@code dispute.record-decision}: records the decision of one stage (input parameter {@code stage};
 * {@code decidedBy}: the user the engine recorded as completing the task; {@code approvalAbove}, for a
 * review: the agent's credit limit, above which a manager approves). A decision that is
 * incomplete, or made by someone the 4-eyes rules exclude, comes back as {@code Err_InvalidDecision}
 * or {@code Err_SameDecider} with {@code decisionProblem} for the form the process loops back to.
 *
 * <p>Outputs {@code decision}, {@code creditAmount} (the total credited for the dispute),
 * {@code creditToApply} (still to credit), {@code creditOnBillBy}, {@code appealUntil},
 * {@code promisedAt}, {@code awaitsApproval}, {@code decisionByLabel} counted from now, and clears
 * {@code decisionProblem}.
 */
@Component
@ExternalTaskSubscription(Topics.DISPUTE_RECORD_DECISION)
public class RecordDecisionHandler extends LinecareTaskHandler {

    private final DisputeService disputes;

    public RecordDecisionHandler(DisputeService disputes) {
        this.disputes = disputes;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        DecisionOutcome outcome;
        try {
            DecisionStage stage = DecisionStage.fromCode(input.requireString("stage"));
            outcome = disputes.recordDecision(input.businessKey(), stage,
                    input.optionalString("decidedBy").orElse(null),
                    input.optionalString(BillingDisputeVariables.DECISION).orElse(null),
                    input.optionalDecimal(BillingDisputeVariables.CREDIT_AMOUNT).orElse(null),
                    input.optionalString(BillingDisputeVariables.DECISION_REASON).orElse(null),
                    input.optionalDecimal("approvalAbove").orElse(null));
        } catch (DecisionRefusedException refused) {
            throw new BusinessOutcomeException(refused.errorCode(), refused.getMessage(),
                    Map.of(BillingDisputeVariables.DECISION_PROBLEM, refused.getMessage()));
        } catch (IllegalArgumentException wrongInput) {
            throw new InvalidTaskInputException(wrongInput.getMessage());
        }
        Map<String, Object> output = new HashMap<>();
        output.put(BillingDisputeVariables.DECISION, outcome.decision().decision());
        output.put(BillingDisputeVariables.CREDIT_AMOUNT, outcome.decision().creditAmount().doubleValue());
        output.put(BillingDisputeVariables.DECISION_REASON, outcome.decision().reason());
        output.put(BillingDisputeVariables.CREDIT_TO_APPLY, outcome.creditToApply().doubleValue());
        output.put("creditOnBillBy", Date.from(outcome.creditOnBillBy()));
        output.put(BillingDisputeVariables.APPEAL_UNTIL, Date.from(outcome.appealUntil()));
        output.put(BillingDisputeVariables.PROMISED_AT, Date.from(outcome.promisedAt()));
        output.put(BillingDisputeVariables.AWAITS_APPROVAL, outcome.awaitsApproval());
        output.put(BillingDisputeVariables.DECISION_PROBLEM, null);
        // the next form (approval, or the appeal later) counts the time left from now
        input.optionalInstant(BillingDisputeVariables.DECISION_BY).ifPresent(decisionBy -> output.put(
                BillingDisputeVariables.DECISION_BY_LABEL, disputes.staffLabel(input.businessKey(), decisionBy)));
        return output;
    }
}
