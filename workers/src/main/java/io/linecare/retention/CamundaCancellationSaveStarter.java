package io.linecare.retention;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/**
 * Starts cancellation-save on the local engine, business key = the request's reference. The engine
 * shares Spring's transaction manager: request row and instance are written together or not at all.
 */
@Component
@ConditionalOnRole(Role.ENGINE)
public class CamundaCancellationSaveStarter implements CancellationSaveStarter {

    private final RuntimeService runtimeService;

    public CamundaCancellationSaveStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void start(String reference, Map<String, Object> variables) {
        runtimeService.startProcessInstanceByKey(CancellationSaveVariables.PROCESS_KEY, reference, variables);
    }
}
