package io.linecare.grouping.handler;

import static io.linecare.grouping.ComplaintGroupVariables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.linecare.grouping.ComplaintGroup;
import io.linecare.grouping.ComplaintGroupRepository;
import io.linecare.grouping.IncidentLifecycle;
import io.linecare.grouping.IncidentNotices;

/**
 * {@code grouping.resolve-incident}: service is back. Records the root cause, tells every affected
 * customer, and answers the outage's length and the customer segments to compensate.
 */
@Component
@ExternalTaskSubscription(Topics.GROUPING_RESOLVE_INCIDENT)
public class ResolveIncidentHandler extends GroupStepHandler {

    private final IncidentLifecycle lifecycle;
    private final IncidentNotices notices;
    private final ComplaintGroupRepository groups;

    public ResolveIncidentHandler(IncidentLifecycle lifecycle, IncidentNotices notices, ComplaintGroupRepository groups) {
        this.lifecycle = lifecycle;
        this.notices = notices;
        this.groups = groups;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input, String groupId) {
        String rootCause = input.optionalString(ROOT_CAUSE).filter(c -> !c.isBlank())
                .orElseThrow(() -> new IllegalArgumentException("The restoration of " + groupId + " needs its root cause"));
        ComplaintGroup group = lifecycle.resolve(groupId, rootCause);
        notices.notifyResolved(groupId);
        List<Map<String, Object>> segments = new ArrayList<>();
        for (ComplaintGroupRepository.Segment segment : groups.segments(groupId)) {
            Map<String, Object> value = new HashMap<>();
            value.put("tier", segment.tier());
            value.put("bigClient", segment.bigClient());
            segments.add(value);
        }
        Map<String, Object> out = new HashMap<>();
        out.put(OUTAGE_HOURS, Duration.between(group.openedAt(), group.resolvedAt()).toMinutes() / 60.0);
        out.put(SEGMENTS, segments);
        return out;
    }
}
