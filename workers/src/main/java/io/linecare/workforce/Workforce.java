package io.linecare.workforce;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The workforce-management system: who can go where, when they work and what they hold.
 * Slot search and booking build on this; a real WFM integration replaces {@link JdbcWorkforce}.
 */
public interface Workforce {

    Optional<Technician> technician(String technicianId);

    /** Active technicians who serve the area and have the skill, by id. */
    List<Technician> techniciansFor(String areaId, Skill skill);

    /** Shifts overlapping {@code [from, to)}, earliest first. */
    List<Shift> shiftsOf(String technicianId, Instant from, Instant to);

    /** Bookings (any status) whose window overlaps {@code [from, to)}, earliest first. */
    List<Booking> bookingsOf(String technicianId, Instant from, Instant to);

    /** The case's bookings (any status), earliest window first. */
    List<Booking> bookingsOfCase(String caseReference);

    /** The confirmed booking of the technician's window starting at {@code windowStart}, if any. */
    Optional<Booking> confirmedBooking(String technicianId, Instant windowStart);

    /**
     * Inserts a confirmed booking of the window unless the technician already holds a confirmed one
     * starting then. A single statement decided by the unique index, so of racing callers exactly one
     * gets the booking.
     *
     * @return the new booking, or empty when the window was already held (by whichever case)
     */
    Optional<Booking> bookIfFree(String technicianId, Instant windowStart, Instant windowEnd, String caseReference);

    /**
     * Ends the case's confirmed bookings with {@code outcome} (cancelled, completed or failed), freeing
     * their windows.
     *
     * @return how many bookings changed
     */
    int closeConfirmedBookings(String caseReference, BookingStatus outcome);
}
