package io.linecare.grouping.handler;

import static io.linecare.grouping.ComplaintGroupVariables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.grouping.IncidentLifecycle;
import io.linecare.grouping.IncidentLifecycle.Merge;

/**
 * {@code grouping.merge-group}: moves the group's tickets into the group the analyst named (TMF656
 * problemGroup) and ends this one. When that group is already a confirmed incident, the moved
 * tickets are handed on to be held for it ({@code linkedTickets}, {@code mergedIntoIncident}).
 */
@Component
@ExternalTaskSubscription(Topics.GROUPING_MERGE_GROUP)
public class MergeGroupHandler extends GroupStepHandler {

    static final String MERGED_INTO_INCIDENT = "mergedIntoIncident";

    private final IncidentLifecycle lifecycle;

    public MergeGroupHandler(IncidentLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input, String groupId) {
        Merge merge = lifecycle.merge(groupId, input.optionalString(MERGE_INTO).orElse(""));
        Map<String, Object> out = new HashMap<>();
        out.put(MERGE_INTO, merge.into());
        out.put(MERGED_INTO_INCIDENT, merge.intoIncident());
        out.put(LINKED_TICKETS, new ArrayList<>(merge.ticketsMoved()));
        return out;
    }
}
