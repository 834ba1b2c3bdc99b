package io.linecare.grouping.handler;

import static io.linecare.grouping.ComplaintGroupVariables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import java.math.BigDecimal;

import io.linecare.grouping.ComplaintGroupRepository.Segment;
import io.linecare.grouping.IncidentCompensation;

/**
 * {@code grouping.compensate-affected}: credits every affected customer of one segment as
 * compensation-policy decided (inputs tier, bigClient, creditType, creditAmount, freeDays,
 * restoreHours), once per customer.
 */
@Component
@ExternalTaskSubscription(Topics.GROUPING_COMPENSATE_AFFECTED)
public class CompensateAffectedHandler extends GroupStepHandler {

    static final String CUSTOMERS_CREDITED = "customersCredited";

    private final IncidentCompensation compensation;

    public CompensateAffectedHandler(IncidentCompensation compensation) {
        this.compensation = compensation;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input, String groupId) {
        Segment segment = new Segment(input.requireString("tier"), input.requireBoolean("bigClient"));
        int credited = compensation.compensate(groupId, segment, input.requireString("creditType"),
                input.optionalDecimal("creditAmount").orElse(BigDecimal.ZERO),
                input.optionalDecimal("freeDays").map(BigDecimal::intValue).orElse(0),
                input.optionalDecimal("restoreHours").map(BigDecimal::intValue)
                        .orElseThrow(() -> new IllegalArgumentException("restoreHours (sla-policy) is missing")));
        Map<String, Object> out = new HashMap<>();
        out.put(CUSTOMERS_CREDITED, credited);
        return out;
    }
}
