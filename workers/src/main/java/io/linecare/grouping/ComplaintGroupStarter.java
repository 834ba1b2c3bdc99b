package io.linecare.grouping;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/**
 * Starts {@code complaint-group} for a group that was just opened, business key = group reference, in
 * the caller's transaction (the engine shares Spring's transaction manager): no group without its
 * process.
 */
@Component
@ConditionalOnRole(Role.ENGINE)
public class ComplaintGroupStarter {

    private final RuntimeService runtimeService;

    public ComplaintGroupStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    public void start(String groupId, String areaId, String serviceType, String label) {
        runtimeService.startProcessInstanceByKey(ComplaintGroupVariables.PROCESS_KEY, groupId, Map.of(
                ComplaintGroupVariables.GROUP_REFERENCE, groupId,
                ComplaintGroupVariables.AREA_ID, areaId,
                ComplaintGroupVariables.SERVICE_TYPE, serviceType,
                ComplaintGroupVariables.GROUP_LABEL, label));
    }
}
