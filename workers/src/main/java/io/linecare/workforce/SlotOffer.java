package io.linecare.workforce;

import java.time.Instant;

/**
 * A free two-hour visit window of one technician, as offered to a customer.
 *
 * @param id the {@link SlotId} text to pass to {@link AppointmentScheduler#book}
 */
public record SlotOffer(String id, String technicianId, String technicianName, Instant start, Instant end) {

    /** Whether the visit is over by {@code promisedBy}, i.e. choosing it keeps that promise. */
    public boolean endsBy(Instant promisedBy) {
        return !end.isAfter(promisedBy);
    }
}
