package io.linecare.support;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * The engine for process tests: in-memory H2 (fast, test scope only), configured like the
 * application where it matters to a model (Spin JSON, objects stored as JSON, history, enforced
 * history TTL), no job executor (tests move time with ClockUtil and run jobs themselves), and
 * flow-node coverage reported to target/process-test-coverage.
 *
 * <pre>
 * &#64;RegisterExtension
 * static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverageAtLeast(0.95);
 * </pre>
 */
public final class ProcessTestEngine {

    private ProcessTestEngine() {
    }

    /**
     * An engine that fails the test class when its processes' coverage is below {@code share} (0..1),
     * with the application's engine plugins a model relies on (e.g. CompletedByPlugin).
     */
    public static ProcessEngineCoverageExtension withCoverageAtLeast(double share, ProcessEnginePlugin... plugins) {
        ProcessEngineConfigurationImpl configuration = configuration();
        configuration.getProcessEnginePlugins().addAll(List.of(plugins));
        return (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.Companion.builder(configuration)
                .assertClassCoverageAtLeast(share)
                .build();
    }

    /**
     * Like {@link #withCoverageAtLeast}, for a class that deploys other processes beside the one it tests
     * (e.g. to prove that its signals reach them): only the processes not named here count.
     */
    public static ProcessEngineCoverageExtension withCoverageAtLeastExcluding(double share,
                                                                              String... excludedProcessDefinitionKeys) {
        return (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension.Companion.builder(configuration())
                .assertClassCoverageAtLeast(share)
                .excludeProcessDefinitionKeys(excludedProcessDefinitionKeys)
                .build();
    }

    /** An engine with coverage reported but not asserted. */
    public static ProcessEngineCoverageExtension reportingCoverage() {
        return ProcessEngineCoverageExtension.Companion.builder(configuration()).build();
    }

    static ProcessEngineConfigurationImpl configuration() {
        // one database and engine name per test class: engines of earlier classes stay registered
        String name = "process-test-" + UUID.randomUUID();
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setHistory("full");
        configuration.setJobExecutorActivate(false);
        configuration.setDefaultSerializationFormat("application/json");
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        return configuration;
    }
}
