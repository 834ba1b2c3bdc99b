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

/** {@code grouping.close-group}: ends a group as no incident (input {@code closeAs}: rejected or expired). */
@Component
@ExternalTaskSubscription(Topics.GROUPING_CLOSE_GROUP)
public class CloseGroupHandler extends GroupStepHandler {

    private final IncidentLifecycle lifecycle;

    public CloseGroupHandler(IncidentLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input, String groupId) {
        lifecycle.close(groupId, input.requireParsed("closeAs", GroupState::fromCode));
        return new HashMap<>();
    }
}
