package io.linecare.retention.handler;

import static io.linecare.retention.RequestCancellationVariables.CANCELLATION_REFERENCE;
import static io.linecare.retention.RequestCancellationVariables.CUSTOMER_REFERENCE;
import static io.linecare.retention.RequestCancellationVariables.DESIRED_END_DATE;
import static io.linecare.retention.RequestCancellationVariables.ERROR_INVALID_CANCELLATION_REQUEST;
import static io.linecare.retention.RequestCancellationVariables.INTAKE_PROBLEM;
import static io.linecare.retention.RequestCancellationVariables.LINE_NUMBER;
import static io.linecare.retention.RequestCancellationVariables.REASON;
import static io.linecare.retention.RequestCancellationVariables.REASON_DETAIL;
import static io.linecare.retention.RequestCancellationVariables.REQUESTED_BY;
import static io.linecare.retention.RequestCancellationVariables.REQUEST_LABEL;
import static io.linecare.retention.RequestCancellationVariables.WITHDRAW_REQUEST;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.BusinessOutcomeException;
import io.linecare.platform.externaltask.IntakeForm;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;
import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.retention.CancellationIntake;
import io.linecare.retention.CancellationReason;
import io.linecare.retention.RequestCancellationVariables;
import io.linecare.retention.api.CancellationDraft;
import io.linecare.retention.api.CancellationRequests;

/**
 * {@code retention.open-cancellation}: turns the agent's start form into a cancellation request through
 * the same {@link CancellationIntake} as {@code POST /api/cancellations}, so a request from Tasklist is
 * checked and promised exactly like one from the API (channel phone). Anything the agent can fix (a
 * missing value, an unknown customer, a line that is not theirs or not active, a date in the past or more
 * than a year ahead, a line with a cancellation already under way) becomes
 * {@code Err_InvalidCancellationRequest} with every reason in {@code intakeProblem}; the agent corrects
 * the form and it comes back here.
 *
 * <p>Only on nodes with the engine: taking the request stores it and starts cancellation-save on the
 * local engine in one transaction.
 */
@Component
@ConditionalOnRole(Role.ENGINE)
@ExternalTaskSubscription(Topics.RETENTION_OPEN_CANCELLATION)
public class OpenCancellationHandler extends LinecareTaskHandler {

    static final String CHANNEL = "phone";

    private final CancellationIntake intake;

    public OpenCancellationHandler(CancellationIntake intake) {
        this.intake = intake;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String requestedBy = input.requireString(REQUESTED_BY);
        IntakeForm form = new IntakeForm(input.allVariables());
        String customerReference = form.text(CUSTOMER_REFERENCE, "Customer reference", 20);
        String lineNumber = form.text(LINE_NUMBER, "Line to cancel", 40);
        CancellationReason reason = form.code(REASON, "Reason", CancellationReason::fromCode, CancellationReason.codes());
        String detail = form.optionalText(REASON_DETAIL, "In the customer's words", CancellationRequests.DETAIL_MAX);
        LocalDate lastDay = form.date(DESIRED_END_DATE, "Last day of service");
        if (!form.isValid()) {
            throw invalid(form.problems(), customerReference, lineNumber);
        }
        // one request per intake, however often the engine hands this task out
        String intakeKey = RequestCancellationVariables.PROCESS_KEY + ":" + input.processInstanceId();
        CancellationDraft draft = new CancellationDraft(customerReference, lineNumber, reason, detail, lastDay, CHANNEL);
        try {
            return Map.of(CANCELLATION_REFERENCE, intake.openOnce(draft, requestedBy, intakeKey));
        } catch (TmfBadRequestException | CancellationIntake.AlreadyRequestedException refused) {
            // a second delivery racing the first finds the line taken by the first: that is the request
            Optional<String> opened = intake.openedBy(intakeKey);
            if (opened.isPresent()) {
                return Map.of(CANCELLATION_REFERENCE, opened.get());
            }
            throw invalid(List.of(inFormTerms(refused.getMessage())), customerReference, lineNumber);
        }
    }

    /** The intake speaks the API ("customer: ...", "desiredEndDate ..."); the agent sees the form's labels. */
    static String inFormTerms(String apiMessage) {
        return apiMessage.replaceFirst("^customer: ", "Customer reference: ")
                .replaceFirst("^line: ", "Line to cancel: ")
                .replaceFirst("^desiredEndDate ", "Last day of service ")
                .replaceFirst("^line ", "Line ");
    }

    private static BusinessOutcomeException invalid(List<String> problems, String customerReference, String lineNumber) {
        String reason = String.join("\n", problems);
        return new BusinessOutcomeException(ERROR_INVALID_CANCELLATION_REQUEST, reason, Map.of(
                INTAKE_PROBLEM, reason,
                REQUEST_LABEL, (customerReference == null ? "no customer reference" : customerReference)
                        + ", " + (lineNumber == null ? "no line" : lineNumber),
                // the correction form sets it; starting each round at false lets the gateway read it
                // even when a correction is completed through the REST API without it
                WITHDRAW_REQUEST, false));
    }
}
