package io.linecare.retention.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A cancellation request as the API shows it. {@code serviceEndsAt} is the promise made at intake: the
 * line ends then unless the customer chose to stay (status saved).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CancellationResource(String id, String href, String status, String customer, String line, String reason,
                                   String reasonDetail, String channel, LocalDate desiredEndDate, OffsetDateTime serviceEndsAt,
                                   Offer offer, BigDecimal finalCreditAmount, String equipmentReturn, String createdBy,
                                   OffsetDateTime createdAt, OffsetDateTime lastUpdate) {

    /**
     * The one offer of the save attempt and the customer's answer (null while unanswered); once applied,
     * the days it runs, and for a speed upgrade whether the line went back to its plan afterwards.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Offer(String type, BigDecimal value, int months, BigDecimal cost, String outcome, LocalDate appliedFrom,
                        LocalDate appliedUntil, Boolean planRestored) {
    }
}
