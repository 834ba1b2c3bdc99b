package io.linecare.grouping.handler;

import static io.linecare.grouping.ComplaintGroupVariables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.grouping.IncidentLifecycle;

/**
 * {@code grouping.ungroup-tickets}: takes the tickets the analyst named out of the group (TMF656
 * problemUngroup); they go on with their own repair and the group is counted again. Names that are
 * not in the group come back to the analyst (Err_CannotUngroup).
 */
@Component
@ExternalTaskSubscription(Topics.GROUPING_UNGROUP_TICKETS)
public class UngroupTicketsHandler extends GroupStepHandler {

    private final IncidentLifecycle lifecycle;

    public UngroupTicketsHandler(IncidentLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input, String groupId) {
        lifecycle.ungroup(groupId, input.optionalString(UNGROUP_TICKETS).orElse(""));
        Map<String, Object> out = new HashMap<>();
        out.put(REVIEW_PROBLEM, "");
        out.put(UNGROUP_TICKETS, "");
        return out;
    }
}
