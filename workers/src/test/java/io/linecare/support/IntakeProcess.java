package io.linecare.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A Tasklist intake (report-fault, open-dispute, request-cancellation) in a process test: started by an
 * agent as Tasklist's start form does, its one external task fetched and answered the way its worker does.
 */
public final class IntakeProcess {

    private static final String WORKER = "worker";

    private final ProcessEngine engine;
    private final String processKey;
    private final String topic;

    public IntakeProcess(ProcessEngine engine, String processKey, String topic) {
        this.engine = engine;
        this.processKey = processKey;
        this.topic = topic;
    }

    /** Started by {@code user} (the engine records them as the starter) with the start form's values. */
    public ProcessInstance startAs(String user, Map<String, Object> form) {
        engine.getIdentityService().setAuthenticatedUserId(user);
        try {
            return engine.getRuntimeService().startProcessInstanceByKey(processKey, form);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** The intake's external task, the only one waiting on its topic. */
    public LockedExternalTask fetch() {
        List<LockedExternalTask> locked = engine.getExternalTaskService().fetchAndLock(10, WORKER)
                .topic(topic, 60_000).execute();
        assertThat(locked).hasSize(1);
        return locked.get(0);
    }

    public void complete(LockedExternalTask task, Map<String, Object> outputs) {
        engine.getExternalTaskService().complete(task.getId(), WORKER, outputs);
    }

    /** The worker refuses what the agent entered: the BPMN error, with the variables the correction form shows. */
    public void refuse(String errorCode, String reason, Map<String, Object> variables) {
        engine.getExternalTaskService().handleBpmnError(fetch().getId(), WORKER, errorCode, reason, variables);
    }
}
