package io.linecare.grouping.handler;

import static io.linecare.grouping.ComplaintGroupVariables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.grouping.ComplaintGroupRepository;
import io.linecare.grouping.IncidentNotices;

/**
 * {@code grouping.notify-affected}: the outage notice with the current estimate to every customer on
 * the affected access nodes, once per customer and estimate. Input {@code notifyGroup} names another
 * group (the incident this one was merged into); by default the process's own group.
 */
@Component
@ExternalTaskSubscription(Topics.GROUPING_NOTIFY_AFFECTED)
public class NotifyAffectedHandler extends GroupStepHandler {

    private final IncidentNotices notices;
    private final ComplaintGroupRepository groups;

    public NotifyAffectedHandler(IncidentNotices notices, ComplaintGroupRepository groups) {
        this.notices = notices;
        this.groups = groups;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input, String groupId) {
        String incident = input.optionalString("notifyGroup").filter(g -> !g.isBlank()).orElse(groupId);
        notices.notifyAffected(incident);
        Map<String, Object> out = new HashMap<>();
        if (incident.equals(groupId)) {
            out.put(AFFECTED_CUSTOMERS, groups.affectedCustomers(groupId).size());
        }
        return out;
    }
}
