package io.linecare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.support.Http;
import io.linecare.support.LinecareIntegrationTest;
import io.linecare.support.OtherNode;

/**
 * Camunda's cluster model: a second engine node on the same PostgreSQL sees and serves the same
 * instances, and its REST API feeds this node's workers just as well.
 */
class SecondEngineNodeIT extends LinecareIntegrationTest {

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Test
    void twoEngineNodesShareOneDatabase() {
        try (ConfigurableApplicationContext secondNode = startSecondEngineNode()) {
            ProcessEngine second = secondNode.getBean(ProcessEngine.class);
            String port = secondNode.getEnvironment().getProperty("local.server.port");

            String instanceId = second.getRuntimeService()
                    .startProcessInstanceByKey("worker-health-check", "HC-SECOND-NODE").getId();

            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc
                    .sql("select count(*) from linecare.worker_heartbeat where process_instance_id = ?")
                    .param(instanceId).query(Long.class).single() == 1);
            Map<?, ?> seenThroughSecondRest = Http.as("http://localhost:" + port, "demo-admin", DEMO_PASSWORD).get()
                    .uri("/engine-rest/history/process-instance/{id}", instanceId).retrieve().body(Map.class);
            assertThat(seenThroughSecondRest.get("state")).isEqualTo("COMPLETED");
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        }
    }

    private ConfigurableApplicationContext startSecondEngineNode() {
        return OtherNode.start(environment.getProperty("linecare.worker.password"),
                "--linecare.roles=engine",
                "--camunda.bpm.process-engine-name=node2");
    }
}
