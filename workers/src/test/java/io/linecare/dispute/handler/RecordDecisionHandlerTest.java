package io.linecare.dispute.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.linecare.dispute.Decision;
import io.linecare.dispute.DecisionOutcome;
import io.linecare.dispute.DecisionRefusedException;
import io.linecare.dispute.DecisionStage;
import io.linecare.dispute.DisputeService;

class RecordDecisionHandlerTest {

    private final DisputeService disputes = mock(DisputeService.class);
    private final ExternalTask task = mock(ExternalTask.class);
    private final ExternalTaskService service = mock(ExternalTaskService.class);

    @BeforeEach
    void anApprovalTask() {
        when(task.getTopicName()).thenReturn("dispute.record-decision");
        when(task.getActivityId()).thenReturn("Task_RecordApproval");
        when(task.getBusinessKey()).thenReturn("BD-2026-000001");
        when(task.getVariable("stage")).thenReturn("approval");
        when(task.getVariable("decidedBy")).thenReturn("wu.qiang");
        when(task.getVariable("decision")).thenReturn("partially-upheld");
        when(task.getVariable("creditAmount")).thenReturn(250L);
        when(task.getVariable("decisionReason")).thenReturn("Two months were charged twice.");
    }

    @Test
    void aRecordedDecisionCompletesWithWhatTheProcessNeedsNext() {
        Instant at = Instant.parse("2026-03-20T02:00:00Z");
        when(disputes.recordDecision("BD-2026-000001", DecisionStage.APPROVAL, "wu.qiang", "partially-upheld",
                new BigDecimal("250"), "Two months were charged twice.", null)).thenReturn(new DecisionOutcome(
                new Decision("BD-2026-000001", DecisionStage.APPROVAL, "wu.qiang", "partially-upheld",
                        new BigDecimal("250.00"), "Two months were charged twice.", at),
                new BigDecimal("250.00"), Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-04-03T02:00:00Z"),
                Instant.parse("2026-04-01T00:00:00Z"), false));
        when(task.getVariable("decisionBy")).thenReturn(Date.from(Instant.parse("2026-04-01T00:00:00Z")));
        when(disputes.staffLabel("BD-2026-000001", Instant.parse("2026-04-01T00:00:00Z")))
                .thenReturn("Wed 1 Apr 2026 08:00 (Asia/Shanghai), in 11 days as of Fri 20 Mar 10:00");

        new RecordDecisionHandler(disputes).execute(task, service);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> output = ArgumentCaptor.forClass(Map.class);
        verify(service).complete(eq(task), output.capture());
        assertThat(output.getValue())
                .containsEntry("decision", "partially-upheld")
                .containsEntry("creditAmount", 250.0)
                .containsEntry("creditToApply", 250.0)
                .containsEntry("promisedAt", Date.from(Instant.parse("2026-04-01T00:00:00Z")))
                .containsEntry("appealUntil", Date.from(Instant.parse("2026-04-03T02:00:00Z")))
                .containsEntry("decisionByLabel", "Wed 1 Apr 2026 08:00 (Asia/Shanghai), in 11 days as of Fri 20 Mar 10:00")
                .containsEntry("awaitsApproval", false)
                .containsEntry("decisionProblem", null);
    }

    @Test
    void aRefusedDecisionIsABpmnErrorCarryingTheReasonForTheForm() {
        String reason = "wu.qiang proposed this credit, so another billing manager must approve it (4-eyes).";
        when(disputes.recordDecision(any(), any(), any(), any(), any(), any(), any()))
                .thenThrow(new DecisionRefusedException(DecisionRefusedException.SAME_DECIDER, reason));

        new RecordDecisionHandler(disputes).execute(task, service);

        verify(service).handleBpmnError(task, "Err_SameDecider", reason, Map.of("decisionProblem", reason));
        verify(service, never()).complete(eq(task), anyMap());
    }

    @Test
    void anUnknownStageIsAnIncidentNotARetry() {
        when(task.getVariable("stage")).thenReturn("coffee");

        new RecordDecisionHandler(disputes).execute(task, service);

        verify(service).handleFailure(task,
                "Unknown decision stage 'coffee' (auto, review, manager, approval or appeal)", null, 0, 0L);
    }
}
