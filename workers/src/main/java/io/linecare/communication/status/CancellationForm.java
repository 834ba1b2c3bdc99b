package io.linecare.communication.status;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.util.MultiValueMap;

import io.linecare.communication.status.InvalidFormException.PageMessage;
import io.linecare.communication.status.StatusAction.InvalidAnswerException;
import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.retention.CancellationReason;
import io.linecare.retention.api.CancellationDraft;
import io.linecare.retention.api.CancellationRequests;

/**
 * "Cancel a line" as a plain HTML form: {@code reason} (a {@link CancellationReason} code),
 * {@code reasonDetail} (optional) and {@code desiredEndDate} ({@code yyyy-MM-dd}, what a date input sends);
 * the line is the page's. Whether the request may be taken is {@code CancellationIntake}'s to decide.
 */
final class CancellationForm {

    static final String REASON = "reason";
    static final String DETAIL = "reasonDetail";
    static final String END_DATE = "desiredEndDate";
    /** The channel a cancellation from the status page is recorded with. */
    static final String CHANNEL = "status-page";

    private CancellationForm() {
    }

    static CancellationDraft read(MultiValueMap<String, String> form, String customerReference, String lineNumber)
            throws InvalidFormException {
        List<PageMessage> problems = new ArrayList<>();
        String reasonCode = form.getFirst(REASON);
        CancellationReason reason = reasonCode == null ? null : CancellationReason.fromCode(reasonCode.strip()).orElse(null);
        if (reason == null) {
            problems.add(new PageMessage("error.cancel.reason"));
        }
        String detail = null;
        try {
            detail = FormText.optional(form, DETAIL);
            if (detail != null && detail.length() > CancellationRequests.DETAIL_MAX) {
                problems.add(new PageMessage("error.text.tooLong", CancellationRequests.DETAIL_MAX));
            }
        } catch (InvalidAnswerException tooLong) {
            problems.add(new PageMessage("error.text.tooLong", CancellationRequests.DETAIL_MAX));
        }
        String endText = form.getFirst(END_DATE);
        LocalDate end = null;
        if (endText == null || endText.isBlank()) {
            problems.add(new PageMessage("error.cancel.dateMissing"));
        } else {
            try {
                end = LocalDate.parse(endText.strip());
            } catch (DateTimeParseException e) {
                problems.add(new PageMessage("error.cancel.dateFormat"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        return new CancellationDraft(customerReference, lineNumber, reason, detail, end, CHANNEL);
    }

    /** The intake's refusal in the customer's words. */
    static InvalidFormException refusal(TmfBadRequestException refused) {
        return switch (refused.code()) {
            case "unknownLine", "lineNotActive" -> new InvalidFormException("error.cancel.lineNotActive");
            // the only dates the intake refuses: before today, or more than a year ahead
            case "invalidValue" -> new InvalidFormException("error.cancel.dateRange");
            default -> new InvalidFormException("error.cancel.refused");
        };
    }
}
