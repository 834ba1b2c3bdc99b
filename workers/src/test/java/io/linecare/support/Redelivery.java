package io.linecare.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.mockito.Mockito;
import org.mockito.invocation.Invocation;

import io.linecare.platform.externaltask.LinecareTaskHandler;

/**
 * The engine handing an external task out a second time after the first completion got lost on its
 * way back (at-least-once delivery): the application's own handler bean runs again with the same process
 * instance and the variables the instance had, on the real database and engine. Answers what the handler
 * told the engine the second time.
 */
public final class Redelivery {

    private Redelivery() {
    }

    /** Runs {@code handler} again for the (ended) instance; answers the outputs it completed the task with. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> completedOutputs(HistoryService history, String processInstanceId, String topic,
                                                       String activityId, LinecareTaskHandler handler) {
        Map<String, Object> variables = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).list()) {
            variables.put(variable.getName(), variable.getValue());
        }
        ExternalTask task = mock(ExternalTask.class);
        when(task.getTopicName()).thenReturn(topic);
        when(task.getActivityId()).thenReturn(activityId);
        when(task.getProcessInstanceId()).thenReturn(processInstanceId);
        when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        when(task.getAllVariables()).thenAnswer(call -> new HashMap<>(variables));
        ExternalTaskService engine = mock(ExternalTaskService.class);

        handler.execute(task, engine);

        List<Invocation> calls = Mockito.mockingDetails(engine).getInvocations().stream().toList();
        assertThat(calls).as("the handler's answer to the second delivery").singleElement()
                .satisfies(call -> assertThat(call.getMethod().getName()).as(call.toString()).isEqualTo("complete"));
        return (Map<String, Object>) calls.get(0).getArgument(1);
    }
}
