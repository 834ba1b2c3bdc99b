package io.linecare.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A Tasklist intake (report-fault, open-dispute, request-cancellation) on the whole application: started
 * over /engine-rest the way Tasklist submits a start form, its correction task read as Tasklist reads it,
 * and what it opened read from the history once the real worker is done.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
public final class TasklistIntake {

    private static final Duration WORKERS = Duration.ofSeconds(30);

    private final RestClient agent;
    private final HistoryService history;
    private final String processKey;

    public TasklistIntake(RestClient agent, HistoryService history, String processKey) {
        this.agent = agent;
        this.history = history;
        this.processKey = processKey;
    }

    /** Starts the intake with the start form's values; answers the instance id. */
    public String submitStartForm(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        ResponseEntity<Map> started = agent.post().uri("/engine-rest/process-definition/key/{key}/submit-form", processKey)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", typed)).retrieve().toEntity(Map.class);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        return (String) started.getBody().get("id");
    }

    public HistoricProcessInstance awaitEnded(String instanceId) {
        return await().atMost(WORKERS).until(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId).singleResult(), intake -> intake != null && intake.getEndTime() != null);
    }

    /** Waits until the intake ended at {@code endActivityId}; answers its variable naming what it opened. */
    public String awaitOpened(String instanceId, String endActivityId, String referenceVariable) {
        assertThat(awaitEnded(instanceId).getEndActivityId()).isEqualTo(endActivityId);
        return (String) history.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .variableName(referenceVariable).singleResult().getValue();
    }

    /** Waits for the correction task the worker's refusal puts in front of the agent. */
    public Map<String, Object> awaitCorrectionTask(String instanceId) {
        return await().atMost(WORKERS).until(() -> correctionTask(instanceId), task -> task != null);
    }

    /** The instance's open task as the agent sees it, or null. */
    private Map<String, Object> correctionTask(String instanceId) {
        List<Map<String, Object>> tasks = agent.get().uri("/engine-rest/task?processInstanceId={id}", instanceId)
                .retrieve().body(List.class);
        return tasks == null || tasks.isEmpty() ? null : tasks.get(0);
    }
}
