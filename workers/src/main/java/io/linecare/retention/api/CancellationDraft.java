package io.linecare.retention.api;

import java.time.LocalDate;

import io.linecare.retention.CancellationReason;

/** A cancellation request as read from the body, before it is checked against the CRM. */
public record CancellationDraft(String customerReference, String lineNumber, CancellationReason reason, String reasonDetail,
                                LocalDate desiredEndDate, String channel) {
}
