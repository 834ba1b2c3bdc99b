package io.linecare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import io.linecare.platform.externaltask.Topics;
import io.linecare.support.Http;
import io.linecare.support.LinecareIntegrationTest;

/** The whole application on PostgreSQL: secured REST, the real worker, deployment rights. */
class FoundationIT extends LinecareIntegrationTest {

    @Autowired
    HistoryService historyService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void engineRestNeedsCredentials() {
        ResponseEntity<String> anonymous = Http.anonymous(baseUrl()).get().uri("/engine-rest/process-definition")
                .retrieve().toEntity(String.class);
        ResponseEntity<String> wrongPassword = Http.as(baseUrl(), "zheng.li", "wrong").get()
                .uri("/engine-rest/process-definition").retrieve().toEntity(String.class);
        ResponseEntity<String> owner = Http.as(baseUrl(), "lin.xue", DEMO_PASSWORD).get()
                .uri("/engine-rest/process-definition").retrieve().toEntity(String.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(owner.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(owner.getBody()).contains("worker-health-check");
    }

    @Test
    void theRealWorkerCompletesTheHealthCheck() {
        String instanceId = startAsAdmin("worker-health-check", "HC-IT-1");

        HistoricProcessInstance finished = awaitEnded(instanceId);

        assertThat(finished.getEndActivityId()).isEqualTo("Event_WorkersHealthy");
        assertThat(jdbc.sql("select count(*) from linecare.worker_heartbeat where process_instance_id = ?")
                .param(instanceId).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void processOwnerDeploysASmokeProcessThatTheWorkerRuns() {
        BpmnModelInstance smoke = Bpmn.createExecutableProcess("linecare-smoke")
                .name("Linecare smoke").camundaHistoryTimeToLive(1)
                .startEvent("Event_Start").name("Start")
                .serviceTask("Task_Heartbeat").name("Record heartbeat")
                .camundaExternalTask(Topics.PLATFORM_RECORD_HEARTBEAT)
                .endEvent("Event_Done").name("Done")
                .done();

        ResponseEntity<Map> deployment = deploy("lin.xue", smoke);
        assertThat(deployment.getStatusCode()).isEqualTo(HttpStatus.OK);

        String instanceId = startAsAdmin("linecare-smoke", "SMOKE-1");
        assertThat(awaitEnded(instanceId).getEndActivityId()).isEqualTo("Event_Done");
    }

    @Test
    void frontlineMayNotDeploy() {
        BpmnModelInstance sneaky = Bpmn.createExecutableProcess("sneaky").camundaHistoryTimeToLive(1)
                .startEvent().endEvent().done();

        assertThat(deploy("wang.fang", sneaky).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void adminSetupPageIsClosedOnceAnAdministratorExists() {
        ResponseEntity<String> response = Http.anonymous(baseUrl()).post()
                .uri("/camunda/api/admin/setup/default/user/create")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("profile", Map.of("id", "intruder"), "credentials", Map.of("password", "x1234567")))
                .retrieve().toEntity(String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Http.as(baseUrl(), "demo-admin", DEMO_PASSWORD).get().uri("/engine-rest/user/intruder/profile")
                .retrieve().toEntity(String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void linecareApisNeedCredentials() {
        assertThat(Http.anonymous(baseUrl()).get().uri("/tmf-api/anything").retrieve().toEntity(String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).get().uri("/dev/mail").retrieve()
                .toEntity(String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void tasklistIsServed() {
        ResponseEntity<String> tasklist = Http.anonymous(baseUrl()).get().uri("/camunda/app/tasklist/default/")
                .retrieve().toEntity(String.class);

        assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasklist.getBody()).contains("<title>Camunda Tasklist</title>");
    }

    private String startAsAdmin(String key, String businessKey) {
        ResponseEntity<Map> started = Http.as(baseUrl(), "demo-admin", DEMO_PASSWORD).post()
                .uri("/engine-rest/process-definition/key/{key}/start", key)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("businessKey", businessKey))
                .retrieve().toEntity(Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (String) started.getBody().get("id");
    }

    private HistoricProcessInstance awaitEnded(String instanceId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId).finished().count() == 1);
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    }

    private ResponseEntity<Map> deploy(String user, BpmnModelInstance model) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "it-" + user);
        parts.add("deploy-changed-only", "true");
        parts.add("data", new ByteArrayResource(Bpmn.convertToString(model).getBytes()) {
            @Override
            public String getFilename() {
                return "smoke.bpmn";
            }
        });
        return Http.as(baseUrl(), user, DEMO_PASSWORD).post().uri("/engine-rest/deployment/create")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .retrieve().toEntity(Map.class);
    }

}
