package io.linecare.retention.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.retention.CancellationIntake;
import io.linecare.retention.CancellationReason;
import io.linecare.retention.api.CancellationDraft;
import io.linecare.support.TaskRun;

class OpenCancellationHandlerTest {

    private static final String KEY = "request-cancellation:pi-1";

    private final CancellationIntake intake = mock(CancellationIntake.class);
    private final OpenCancellationHandler handler = new OpenCancellationHandler(intake);

    private TaskRun form() {
        return TaskRun.of("retention.open-cancellation", "Task_OpenCancellation")
                .with("requestedBy", "wang.fang")
                .with("customerReference", "CU-000042 ")
                .with("lineNumber", "BB-0571-000101")
                .with("reason", "competitor-offer")
                .with("reasonDetail", "  Half the price next door ")
                .with("desiredEndDate", "2026-12-31");
    }

    @Test
    void aValidFormTakesThePhoneRequestOnceForThisIntakeAsTheAgent() {
        when(intake.openOnce(any(), eq("wang.fang"), eq(KEY))).thenReturn("CS-2026-000042");

        assertThat(form().run(handler).outputs()).isEqualTo(Map.of("cancellationReference", "CS-2026-000042"));

        verify(intake).openOnce(new CancellationDraft("CU-000042", "BB-0571-000101", CancellationReason.COMPETITOR_OFFER,
                "Half the price next door", LocalDate.of(2026, 12, 31), "phone"), "wang.fang", KEY);
    }

    @Test
    void theCustomersWordsAreOptional() {
        when(intake.openOnce(any(), anyString(), anyString())).thenReturn("CS-2026-000043");

        form().with("reasonDetail", "").run(handler).outputs();

        verify(intake).openOnce(new CancellationDraft("CU-000042", "BB-0571-000101", CancellationReason.COMPETITOR_OFFER,
                null, LocalDate.of(2026, 12, 31), "phone"), "wang.fang", KEY);
    }

    @Test
    void everyBadValueIsNamedInOneBpmnErrorWithTheLabelForTheTaskName() {
        TaskRun.Result result = form().with("lineNumber", null).with("reason", "bored").with("desiredEndDate", "31.12.2026")
                .run(handler);

        assertThat(result.bpmnError()).isEqualTo("Err_InvalidCancellationRequest");
        assertThat(result.bpmnErrorMessage()).isEqualTo(String.join("\n",
                "Line to cancel is required",
                "Reason 'bored' is not known; use " + CancellationReason.codes(),
                "Last day of service must be a date such as 2026-12-31, not '31.12.2026'"));
        verifyNoInteractions(intake);
    }

    @Test
    void theIntakesRefusalComesBackInTheFormsTerms() {
        when(intake.openOnce(any(), anyString(), anyString())).thenThrow(new TmfBadRequestException("invalidValue",
                "desiredEndDate 2026-01-01 is in the past; the earliest is today, 2026-03-18"));

        assertThat(form().run(handler).bpmnErrorMessage())
                .isEqualTo("Last day of service 2026-01-01 is in the past; the earliest is today, 2026-03-18");
    }

    @Test
    void aLineWithACancellationUnderWayGoesBackToTheAgent() {
        when(intake.openOnce(any(), anyString(), anyString())).thenThrow(new CancellationIntake.AlreadyRequestedException(
                "line BB-0571-000101 already has cancellation CS-2026-000007 under way"));

        assertThat(form().run(handler).bpmnErrorMessage())
                .isEqualTo("Line BB-0571-000101 already has cancellation CS-2026-000007 under way");
    }

    @Test
    void aRefusalBecauseARacingDeliveryTookTheRequestAnswersThatRequest() {
        when(intake.openOnce(any(), anyString(), anyString())).thenThrow(new CancellationIntake.AlreadyRequestedException(
                "line BB-0571-000101 already has cancellation CS-2026-000042 under way"));
        when(intake.openedBy(KEY)).thenReturn(Optional.of("CS-2026-000042"));

        assertThat(form().run(handler).outputs()).containsEntry("cancellationReference", "CS-2026-000042");
    }

    @Test
    void unknownCustomersAndLinesAreNamedByTheirLabels() {
        assertThat(OpenCancellationHandler.inFormTerms("customer: no customer with reference 'CU-999999'"))
                .isEqualTo("Customer reference: no customer with reference 'CU-999999'");
        assertThat(OpenCancellationHandler.inFormTerms("line: BB-1 is not a line of CU-000042"))
                .isEqualTo("Line to cancel: BB-1 is not a line of CU-000042");
    }

    @Test
    void withoutTheAgentsLoginTheTaskBecomesAnIncident() {
        assertThat(form().with("requestedBy", null).run(handler).incident())
                .isEqualTo("Task 'Task_OpenCancellation' needs variable 'requestedBy' (String), but it is missing");
        verifyNoInteractions(intake);
    }
}
