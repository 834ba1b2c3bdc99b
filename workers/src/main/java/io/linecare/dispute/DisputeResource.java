package io.linecare.dispute;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A billing dispute as {@code /api/disputes} shows it; dates ISO-8601 with offset (UTC). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisputeResource(String id, String href, String status, String customer, String bill, String reason,
        String channel, BigDecimal disputedAmount, List<Line> lines, OffsetDateTime createdAt, String createdBy,
        OffsetDateTime decisionBy, OffsetDateTime regulatoryDecisionBy, List<DecisionView> decisions,
        AppealView appeal, HoldView hold, OffsetDateTime closedAt) {

    public record Line(long billLineId, BigDecimal disputedAmount) {
    }

    public record DecisionView(String stage, String decision, BigDecimal creditAmount, String reason, String decidedBy,
            OffsetDateTime decidedAt) {
    }

    public record AppealView(String reason, OffsetDateTime appealedAt, OffsetDateTime decideBy) {
    }

    public record HoldView(String status, BigDecimal amount, BigDecimal convertedAmount) {
    }
}
