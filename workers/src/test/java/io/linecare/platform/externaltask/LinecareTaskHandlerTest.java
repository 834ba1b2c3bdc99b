package io.linecare.platform.externaltask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class LinecareTaskHandlerTest {

    private final ExternalTask task = mock(ExternalTask.class);
    private final ExternalTaskService service = mock(ExternalTaskService.class);

    @BeforeEach
    void aTask() {
        when(task.getTopicName()).thenReturn("test.do-something");
        when(task.getActivityId()).thenReturn("Task_DoSomething");
        when(task.getBusinessKey()).thenReturn("FR-2026-000001");
    }

    @Test
    void outputsCompleteTheTask() {
        when(task.getVariable("customerId")).thenReturn(42L);

        handler(input -> Map.of("doubled", input.requireLong("customerId") * 2)).execute(task, service);

        verify(service).complete(task, Map.of("doubled", 84L));
    }

    @Test
    void aMissingVariableBecomesAnImmediateIncidentThatSaysWhatWasExpected() {
        handler(input -> Map.of("x", input.requireString("lineId"))).execute(task, service);

        verify(service).handleFailure(task,
                "Task 'Task_DoSomething' needs variable 'lineId' (String), but it is missing", null, 0, 0L);
        verify(service, never()).complete(eq(task), org.mockito.ArgumentMatchers.anyMap());
    }

    @Test
    void aWrongTypeIsNamed() {
        when(task.getVariable("customerId")).thenReturn("forty-two");

        handler(input -> Map.of("x", input.requireLong("customerId"))).execute(task, service);

        verify(service).handleFailure(task,
                "Task 'Task_DoSomething' needs variable 'customerId' as a whole number, but it is a String", null, 0, 0L);
    }

    @Test
    void aCodeTheParserRefusesIsAnIncidentAtOnceNotARetry() {
        when(task.getVariable("serviceType")).thenReturn("fax");

        handler(input -> Map.of("x", input.requireParsed("serviceType", io.linecare.customer.ServiceType::fromCode)))
                .execute(task, service);

        verify(service).handleFailure(eq(task), org.mockito.ArgumentMatchers.startsWith(
                "Task 'Task_DoSomething' cannot use variable 'serviceType': "), eq(null), eq(0), eq(0L));
    }

    @Test
    void aBusinessOutcomeBecomesABpmnError() {
        handler(input -> {
            throw new BusinessOutcomeException("Err_NoSlotFree", "no technician is free before the promise");
        }).execute(task, service);

        verify(service).handleBpmnError(task, "Err_NoSlotFree", "no technician is free before the promise", Map.of());
    }

    @Test
    void aTechnicalFaultIsRetriedWithBackoffUntilTheRetriesAreGone() {
        LinecareTaskHandler failing = handler(input -> {
            throw new IllegalStateException("billing system timed out");
        });
        failing.setRetryPolicy(new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofMinutes(1)));
        when(task.getRetries()).thenReturn(null); // the engine reports no retries before the first failure

        failing.execute(task, service);
        when(task.getRetries()).thenReturn(1);
        failing.execute(task, service);

        ArgumentCaptor<String> message = ArgumentCaptor.forClass(String.class);
        verify(service).handleFailure(eq(task), message.capture(), anyString(), eq(2), eq(5_000L));
        verify(service).handleFailure(eq(task), anyString(), anyString(), eq(0), eq(20_000L));
        assertThat(message.getValue()).isEqualTo("test.do-something failed: IllegalStateException: billing system timed out");
    }

    @Test
    void businessErrorCodesFollowTheConvention() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BusinessOutcomeException("NoSlot", "x"))
                .hasMessageContaining("Err_");
    }

    private static LinecareTaskHandler handler(ThrowingFunction body) {
        return new LinecareTaskHandler() {
            @Override
            protected Map<String, Object> handle(TaskInput input) throws Exception {
                return body.apply(input);
            }
        };
    }

    @FunctionalInterface
    interface ThrowingFunction {
        Map<String, Object> apply(TaskInput input) throws Exception;
    }
}
