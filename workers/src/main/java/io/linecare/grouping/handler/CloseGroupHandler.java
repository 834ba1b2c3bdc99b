package io.linecare.grouping.handler;

import static io.linecare.grouping.ComplaintGroupVariables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.grouping.GroupState;
import io.linecare.grouping.IncidentLifecycle;
import io.linecare.grouping.IncidentNotices;

/**
 * {@code grouping.close-group}: ends a group as no incident (input {@code closeAs}: rejected or expired);
 * customers who heard we were checking it hear the all-clear.
 */
@Component
@ExternalTaskSubscription(Topics.GROUPING_CLOSE_GROUP)
public class CloseGroupHandler extends GroupStepHandler {

    private final IncidentLifecycle lifecycle;
    private final IncidentNotices notices;

    public CloseGroupHandler(IncidentLifecycle lifecycle, IncidentNotices notices) {
        this.lifecycle = lifecycle;
        this.notices = notices;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input, String groupId) {
        lifecycle.close(groupId, input.requireParsed("closeAs", GroupState::fromCode));
        notices.notifyAllClear(groupId);
        return new HashMap<>();
    }
}
