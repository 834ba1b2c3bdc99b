package io.linecare.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.mockito.Mockito;
import org.mockito.invocation.Invocation;

import io.linecare.network.Area;
import io.linecare.network.NetworkInventory;
import io.linecare.network.WorkingDays;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.repair.handler.RepairFacts;
import io.linecare.repair.ticket.CaseHistory;

/**
 * Runs a {@link LinecareTaskHandler} on a mocked external task with the given variables and tells what
 * it answered the engine: completed with outputs, a BPMN error, or a failure (incident or retry).
 */
public final class TaskRun {

    public static final String TICKET = "FR-2026-000123";
    public static final String AREA = "A01";
    public static final ZoneId HANGZHOU = ZoneId.of("Asia/Shanghai");
    /** Wednesday 18 March 2026, 14:30 in Hangzhou. */
    public static final Instant NOW = Instant.parse("2026-03-18T06:30:00Z");
    public static final String HISTORY = "18 Mar 14:30  acknowledged";

    private final Map<String, Object> variables = new HashMap<>();
    private final ExternalTask task = mock(ExternalTask.class);
    private final ExternalTaskService service = mock(ExternalTaskService.class);

    private TaskRun(String topic, String activityId) {
        when(task.getTopicName()).thenReturn(topic);
        when(task.getActivityId()).thenReturn(activityId);
        when(task.getBusinessKey()).thenReturn(TICKET);
        when(task.getProcessInstanceId()).thenReturn("pi-1");
        when(task.getRetries()).thenReturn(null);
        when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        when(task.getAllVariables()).thenAnswer(call -> new HashMap<>(variables));
    }

    public static TaskRun of(String topic, String activityId) {
        return new TaskRun(topic, activityId);
    }

    public TaskRun with(String name, Object value) {
        variables.put(name, value);
        return this;
    }

    public Result run(LinecareTaskHandler handler) {
        handler.execute(task, service);
        List<Invocation> calls = Mockito.mockingDetails(service).getInvocations().stream().toList();
        assertThat(calls).as("exactly one answer to the engine").hasSize(1);
        return new Result(calls.get(0));
    }

    /** Clock fixed at {@link #NOW}. */
    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** Area A01 in Hangzhou, 08:00-20:00 Monday to Saturday. */
    public static Area area() {
        return new Area(AREA, "Hangzhou", "Xihu", "Xihu", HANGZHOU, LocalTime.of(8, 0), LocalTime.of(20, 0),
                WorkingDays.MON_SAT);
    }

    public static NetworkInventory networkWithArea() {
        NetworkInventory network = mock(NetworkInventory.class);
        when(network.area(anyString())).thenReturn(Optional.empty());
        when(network.area(AREA)).thenReturn(Optional.of(area()));
        return network;
    }

    /** Real RepairFacts (labels in Hangzhou time) over a case history that answers {@link #HISTORY}. */
    public static RepairFacts facts() {
        return facts(networkWithArea());
    }

    public static RepairFacts facts(NetworkInventory network) {
        CaseHistory history = mock(CaseHistory.class);
        when(history.summary(TICKET, HANGZHOU)).thenReturn(HISTORY);
        return new RepairFacts(network, history);
    }

    /** What the handler answered. */
    public static final class Result {

        private final Invocation call;

        Result(Invocation call) {
            this.call = call;
        }

        public String method() {
            return call.getMethod().getName();
        }

        /** The outputs of a completed task; fails when the task was not completed. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> outputs() {
            assertThat(method()).as("answer").isEqualTo("complete");
            return (Map<String, Object>) call.getArgument(1);
        }

        public String bpmnError() {
            assertThat(method()).as("answer").isEqualTo("handleBpmnError");
            return call.getArgument(1);
        }

        public String bpmnErrorMessage() {
            bpmnError();
            return call.getArgument(2);
        }

        /** The failure message; fails when the task did not fail. */
        public String failure() {
            assertThat(method()).as("answer").isEqualTo("handleFailure");
            return call.getArgument(1);
        }

        public int retriesLeft() {
            failure();
            return call.<Integer>getArgument(3);
        }

        /** An incident at once: failed with no retries left. */
        public String incident() {
            assertThat(retriesLeft()).as("retries left of an incident").isZero();
            return failure();
        }

        /** A technical fault to be retried later. */
        public String retried() {
            assertThat(retriesLeft()).as("retries left of a retried fault").isPositive();
            return failure();
        }
    }
}
