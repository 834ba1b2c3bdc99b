package io.linecare.workforce;

import java.time.Instant;
import java.time.LocalDate;

/** One working day of a technician; {@code shiftDate} is the local date, the instants are UTC. */
public record Shift(String technicianId, LocalDate shiftDate, Instant startsAt, Instant endsAt) {
}
