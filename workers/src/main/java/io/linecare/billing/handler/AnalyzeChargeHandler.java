package io.linecare.billing.handler;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.billing.ChargeAnalysis;
import io.linecare.billing.ChargeAnalyzer;
import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;

/**
 * {@code billing.analyze-charge}: the automatic check of the dispute's lines. Outputs
 * {@code checkResult} (dispute-routing input), {@code provableAmount}, {@code checkEvidence} (forms)
 * and {@code checkSummary} (the customer's letter when credited automatically).
 */
@Component
@ExternalTaskSubscription(Topics.BILLING_ANALYZE_CHARGE)
public class AnalyzeChargeHandler extends LinecareTaskHandler {

    private final ChargeAnalyzer analyzer;

    public AnalyzeChargeHandler(ChargeAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        ChargeAnalysis analysis;
        try {
            analysis = analyzer.analyze(input.businessKey());
        } catch (IllegalArgumentException noLines) {
            throw new InvalidTaskInputException(noLines.getMessage());
        }
        return Map.of(
                "checkResult", analysis.result(),
                "provableAmount", analysis.provableAmount().doubleValue(),
                "checkEvidence", analysis.evidence(),
                "checkSummary", analysis.summary());
    }
}
