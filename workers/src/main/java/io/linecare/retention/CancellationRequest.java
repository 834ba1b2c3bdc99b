package io.linecare.retention;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** A row of linecare.cancellation_request. */
public record CancellationRequest(String reference, long customerId, String customerReference, long subscriptionId,
                                  String lineNumber, CancellationReason reason, String reasonDetail, String channel,
                                  LocalDate requestedEndDate, Instant serviceEndsAt, String status,
                                  BigDecimal finalCreditAmount, String createdBy, Instant createdAt, Instant lastUpdate) {

    public static CancellationRequest map(ResultSet rs, int row) throws SQLException {
        return new CancellationRequest(rs.getString("reference"), rs.getLong("customer_id"), rs.getString("customer_reference"),
                rs.getLong("subscription_id"), rs.getString("line_number"),
                CancellationReason.fromCode(rs.getString("reason")).orElseThrow(), rs.getString("reason_detail"),
                rs.getString("channel"), rs.getObject("requested_end_date", LocalDate.class),
                rs.getTimestamp("service_ends_at").toInstant(), rs.getString("status"), rs.getBigDecimal("final_credit_amount"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("last_update").toInstant());
    }
}
