package io.linecare.platform.health;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;

/** Proves the path engine → worker → database → engine works: the worker health check's only task. */
@Component
@ExternalTaskSubscription(Topics.PLATFORM_RECORD_HEARTBEAT)
public class RecordHeartbeatHandler extends LinecareTaskHandler {

    private final HeartbeatRepository heartbeats;
    private final String workerId;

    public RecordHeartbeatHandler(HeartbeatRepository heartbeats,
                                  @Value("${camunda.bpm.client.worker-id:linecare}") String workerId) {
        this.heartbeats = heartbeats;
        this.workerId = workerId;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        return Map.of("heartbeatAt", heartbeats.record(input.processInstanceId(), workerId).toString());
    }
}
