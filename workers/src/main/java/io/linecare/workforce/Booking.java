package io.linecare.workforce;

import java.time.Instant;

/** A technician window held for a case. */
public record Booking(
        long id,
        String technicianId,
        Instant windowStart,
        Instant windowEnd,
        String caseReference,
        BookingStatus status,
        Instant createdAt) {
}
