package io.linecare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.support.LinecareIntegrationTest;
import io.linecare.support.OtherNode;

/**
 * Scaling out: a node with only the workers role, started against this node's engine over REST,
 * does the work while this node's own workers are stopped.
 */
class WorkerOnlyNodeIT extends LinecareIntegrationTest {

    @Autowired
    ExternalTaskClient localWorkers;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Test
    void aWorkerOnlyNodeCompletesTasksOfARemoteEngine() {
        localWorkers.stop();
        try (ConfigurableApplicationContext workerNode = startWorkerOnlyNode()) {
            assertThat(workerNode.containsBean("processEngine")).isFalse();

            String instanceId = runtimeService.startProcessInstanceByKey("worker-health-check", "HC-WORKER-NODE")
                    .getId();

            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc
                    .sql("select worker_id from linecare.worker_heartbeat where process_instance_id = ?")
                    .param(instanceId).query(String.class).optional().isPresent());
            assertThat(jdbc.sql("select worker_id from linecare.worker_heartbeat where process_instance_id = ?")
                    .param(instanceId).query(String.class).single()).isEqualTo("remote-worker-node");
        } finally {
            localWorkers.start();
        }
    }

    private ConfigurableApplicationContext startWorkerOnlyNode() {
        return OtherNode.start(environment.getProperty("linecare.worker.password"),
                "--linecare.roles=workers",
                "--camunda.bpm.client.base-url=" + baseUrl() + "/engine-rest",
                "--camunda.bpm.client.worker-id=remote-worker-node");
    }
}
