package io.linecare.grouping.handler;

import static io.linecare.grouping.ComplaintGroupVariables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import java.time.Instant;

import io.linecare.grouping.IncidentLifecycle;
import io.linecare.repair.handler.RepairFacts;

/** {@code grouping.revise-estimate}: network operations gave a new estimate; the next step tells everyone. */
@Component
@ExternalTaskSubscription(Topics.GROUPING_REVISE_ESTIMATE)
public class ReviseEstimateHandler extends GroupStepHandler {

    private final IncidentLifecycle lifecycle;
    private final RepairFacts facts;

    public ReviseEstimateHandler(IncidentLifecycle lifecycle, RepairFacts facts) {
        this.lifecycle = lifecycle;
        this.facts = facts;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input, String groupId) {
        Instant estimate = lifecycle.reviseEstimate(groupId, hours(input, NEW_ESTIMATE_HOURS));
        Map<String, Object> out = new HashMap<>();
        out.put(ESTIMATED_RESTORATION_AT, RepairFacts.date(estimate));
        out.put(ESTIMATE_LABEL, facts.label(estimate, input.requireString(AREA_ID)));
        out.put(RESTORE_OUTCOME, "");
        return out;
    }
}
