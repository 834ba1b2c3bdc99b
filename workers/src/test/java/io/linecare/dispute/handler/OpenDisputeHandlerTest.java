package io.linecare.dispute.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.linecare.dispute.Dispute;
import io.linecare.dispute.DisputeDraft;
import io.linecare.dispute.DisputeLine;
import io.linecare.dispute.DisputeService;
import io.linecare.dispute.DisputeUnavailableException;
import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.repair.ticket.IntakeChannel;
import io.linecare.support.TaskRun;

class OpenDisputeHandlerTest {

    private static final String KEY = "open-dispute:pi-1";

    private final DisputeService disputes = mock(DisputeService.class);
    private final OpenDisputeHandler handler = new OpenDisputeHandler(disputes);

    private TaskRun form() {
        return TaskRun.of("dispute.open-dispute", "Task_OpenDispute")
                .with("openedBy", "wang.fang")
                .with("customerReference", " CU-000003 ")
                .with("billReference", "BL-202611-000042")
                .with("reason", "The price went up without notice")
                .with("billLine1", 4711)
                .with("amount1", 10.5);
    }

    @Test
    void aValidFormOpensThePhoneDisputeOnceForThisIntakeAsTheAgent() {
        when(disputes.openOnce(any(), eq("wang.fang"), eq(KEY))).thenReturn(dispute("BD-2026-000042"));

        // Tasklist sends numbers as Integer, Long or Double, the REST API perhaps as text
        TaskRun.Result result = form().with("billLine2", 4712L).with("billLine3", "4713").with("amount3", "1.25")
                .run(handler);

        assertThat(result.outputs()).containsExactlyEntriesOf(java.util.Map.of("disputeReference", "BD-2026-000042"));
        ArgumentCaptor<DisputeDraft> draft = ArgumentCaptor.forClass(DisputeDraft.class);
        verify(disputes).openOnce(draft.capture(), eq("wang.fang"), eq(KEY));
        assertThat(draft.getValue()).isEqualTo(new DisputeDraft("CU-000003", "BL-202611-000042", List.of(
                new DisputeLine(4711, new BigDecimal("10.5")), new DisputeLine(4712, null),
                new DisputeLine(4713, new BigDecimal("1.25"))), "The price went up without notice", IntakeChannel.PHONE));
    }

    @Test
    void everyBadValueIsNamedInOneBpmnErrorAndNoDisputeIsTried() {
        TaskRun.Result result = form().with("billReference", "  ").with("billLine1", 47.5).with("amount2", 3)
                .with("billLine3", "four").run(handler);

        assertThat(result.bpmnError()).isEqualTo("Err_InvalidDispute");
        assertThat(result.bpmnErrorMessage()).isEqualTo(String.join("\n",
                "Bill reference is required",
                "Bill line 1 must be a whole number, not 47.5",
                "Disputed amount 2 needs bill line 2",
                "Bill line 3 must be a number, not 'four'"));
        verifyNoInteractions(disputes);
    }

    @Test
    void aFormWithoutAnyLineAsksForTheFirst() {
        TaskRun.Result result = form().with("billLine1", null).with("amount1", null).run(handler);

        assertThat(result.bpmnErrorMessage())
                .isEqualTo("Bill line 1 is required: the number of a disputed line as printed on the bill");
        verifyNoInteractions(disputes);
    }

    @Test
    void theServicesRefusalComesBackInTheFormsTermsWithTheLabelForTheTaskName() {
        when(disputes.openOnce(any(), anyString(), anyString())).thenThrow(new TmfBadRequestException("lineNotOnBill",
                "lines[0]: bill line 4711 is not on bill BL-202611-000042; lines[1]: the disputed amount 99.00 is more "
                        + "than the line's 50.00; bill line 4712 is already in an open dispute"));
        when(disputes.openedBy(KEY)).thenReturn(Optional.empty());

        TaskRun.Result result = form().with("billLine1", null).with("amount1", null)
                .with("billLine2", 4711).with("billLine3", 4712).with("amount3", 99).run(handler);

        assertThat(result.bpmnErrorMessage()).isEqualTo(String.join("\n",
                "Bill line 2: bill line 4711 is not on bill BL-202611-000042",
                "Bill line 3: the disputed amount 99.00 is more than the line's 50.00",
                "bill line 4712 is already in an open dispute"));
    }

    @Test
    void customerAndBillProblemsAreNamedByTheirLabels() {
        assertThat(OpenDisputeHandler.inFormTerms("bill: BL-1 was issued on 2026-01-02; bills can be disputed for 180 "
                + "days after they are issued", List.of(1)))
                .isEqualTo("Bill reference: BL-1 was issued on 2026-01-02; bills can be disputed for 180 days after they are issued");
        assertThat(OpenDisputeHandler.inFormTerms("customer: no customer with reference 'CU-999999'", List.of(1)))
                .isEqualTo("Customer reference: no customer with reference 'CU-999999'");
    }

    @Test
    void aRefusalBecauseARacingDeliveryOpenedTheDisputeAnswersThatDispute() {
        when(disputes.openOnce(any(), anyString(), anyString())).thenThrow(new TmfBadRequestException(
                "lineAlreadyDisputed", "a disputed bill line is already in an open dispute"));
        when(disputes.openedBy(KEY)).thenReturn(Optional.of(dispute("BD-2026-000042")));

        assertThat(form().run(handler).outputs()).containsEntry("disputeReference", "BD-2026-000042");
    }

    @Test
    void billingDisputeNotDeployedIsAFaultToRetryNotTheAgentsMistake() {
        when(disputes.openOnce(any(), anyString(), anyString())).thenThrow(new DisputeUnavailableException(
                "The billing-dispute process is not deployed; dispute BD-2026-000043 was not opened", null));

        assertThat(form().run(handler).retried()).isEqualTo("dispute.open-dispute failed: DisputeUnavailableException: "
                + "The billing-dispute process is not deployed; dispute BD-2026-000043 was not opened");
    }

    @Test
    void withoutTheAgentsLoginTheTaskBecomesAnIncident() {
        assertThat(form().with("openedBy", null).run(handler).incident())
                .isEqualTo("Task 'Task_OpenDispute' needs variable 'openedBy' (String), but it is missing");
        verifyNoInteractions(disputes);
    }

    private static Dispute dispute(String id) {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");
        return new Dispute(id, 3, "CU-000003", 42, "BL-202611-000042", "The price went up without notice", "phone",
                new BigDecimal("10.50"), Dispute.OPEN, "wang.fang", now, now.plusSeconds(864_000), now.plusSeconds(2_592_000),
                null);
    }
}
