package io.linecare.platform.engine;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/** Installs {@link CompletedByParseListener} in the engine (picked up by the Camunda starter). */
@Component
@ConditionalOnRole(Role.ENGINE)
public class CompletedByPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new CompletedByParseListener());
    }
}
