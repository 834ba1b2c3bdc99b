package io.linecare.dispute;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/**
 * Starts {@code billing-dispute} on the local engine, business key = dispute reference. The engine
 * shares Spring's transaction manager, so dispute and instance are created together or not at all.
 */
@Component
@ConditionalOnRole(Role.ENGINE)
public class CamundaDisputeStarter implements DisputeStarter {

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;

    public CamundaDisputeStarter(RuntimeService runtimeService, RepositoryService repositoryService) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
    }

    @Override
    public void start(String disputeReference, Map<String, Object> variables) {
        try {
            runtimeService.startProcessInstanceByKey(BillingDisputeVariables.PROCESS_KEY, disputeReference, variables);
        } catch (ProcessEngineException e) {
            if (repositoryService.createProcessDefinitionQuery()
                    .processDefinitionKey(BillingDisputeVariables.PROCESS_KEY).count() == 0) {
                throw new DisputeUnavailableException("The " + BillingDisputeVariables.PROCESS_KEY
                        + " process is not deployed; dispute " + disputeReference + " was not opened", e);
            }
            throw e;
        }
    }
}
