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
}
