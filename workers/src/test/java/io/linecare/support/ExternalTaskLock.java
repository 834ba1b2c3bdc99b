package io.linecare.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;

/** How process tests take an instance's external task as its worker would, to complete it with the handler's outputs. */
public final class ExternalTaskLock {

    private ExternalTaskLock() {
    }

    /**
     * Fetches and locks the external task waiting at {@code activityId} of the instance as a worker would (its
     * topic, the instance's business key, local variables); other tasks of the topic fetched on the way are
     * unlocked again.
     */
    public static LockedExternalTask lock(ProcessEngine engine, String processInstanceId, String businessKey,
                                          String activityId, String workerId) {
        ExternalTaskService externalTasks = engine.getExternalTaskService();
        List<ExternalTask> waiting = externalTasks.createExternalTaskQuery().processInstanceId(processInstanceId)
                .activityId(activityId).list();
        if (waiting.size() != 1) {
            fail("Expected " + businessKey + " to wait at external task " + activityId + ", but it waits at "
                    + engine.getRuntimeService().getActiveActivityIds(processInstanceId));
        }
        ExternalTask expected = waiting.get(0);
        LockedExternalTask mine = null;
        for (LockedExternalTask task : externalTasks.fetchAndLock(10, workerId).topic(expected.getTopicName(), 60_000)
                .businessKey(businessKey).localVariables().execute()) {
            if (task.getId().equals(expected.getId())) {
                mine = task;
            } else {
                externalTasks.unlock(task.getId());
            }
        }
        assertThat(mine).as("fetched %s of %s", activityId, businessKey).isNotNull();
        return mine;
    }
}
