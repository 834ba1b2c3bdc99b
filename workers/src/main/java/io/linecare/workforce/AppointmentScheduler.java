package io.linecare.workforce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.linecare.network.Area;
import io.linecare.network.NetworkInventory;

/**
 * Fault-repair visits: proposes free technician windows and books, cancels and finds them.
 *
 * <p>A window is two hours starting on an even hour of the area's local time (08:00–10:00,
 * 10:00–12:00, …), on one of the area's working days, inside its working hours and inside one shift of
 * an active technician who serves the area and has the skill, and it overlaps none of that
 * technician's confirmed bookings. All instants are UTC; only the alignment and the working hours are
 * local.
 *
 * <p>Booking is one insert decided by the partial unique index on (technician, window start) of
 * confirmed bookings, so racing bookings of one window leave exactly one winner; the others get
 * {@link SlotTakenException}. Booking the same slot again for the same case returns the booking it
 * already has, so a retried worker never fails on its own earlier success. The methods take part in
 * the caller's transaction when there is one.
 */
@Service
public class AppointmentScheduler {

    public static final Duration WINDOW = Duration.ofHours(2);
    public static final Duration LOOK_AHEAD = Duration.ofDays(14);

    private static final Logger log = LoggerFactory.getLogger(AppointmentScheduler.class);

    private final Workforce workforce;
    private final NetworkInventory network;
    private final Clock clock;

    public AppointmentScheduler(Workforce workforce, NetworkInventory network, Clock clock) {
        this.workforce = workforce;
        this.network = network;
        this.clock = clock;
    }

    /**
     * Up to {@code count} free windows in the area for the skill, earliest first, each at a different
     * start time, from {@code earliestStart} (or now, if later) for at most {@link #LOOK_AHEAD}. When
     * fewer than {@code count} windows end by {@code promisedBy}, the earliest later ones fill the rest;
     * {@link SlotProposal#promiseKept()} and {@link SlotProposal#earliestPossible()} say how the promise
     * stands. At each start time the technician with the fewest offers so far in this proposal, then the
     * fewest confirmed visits in the look-ahead, is offered, so offers spread over the team.
     *
     * @throws IllegalArgumentException for an unknown area or a count below 1
     */
    public SlotProposal proposeSlots(String areaId, Skill skill, Instant earliestStart, Instant promisedBy, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        Area area = network.area(areaId).orElseThrow(() -> new IllegalArgumentException("Unknown area " + areaId));
        Instant now = clock.instant();
        Instant from = earliestStart.isAfter(now) ? earliestStart : now;
        Instant until = from.plus(LOOK_AHEAD);

        // start time -> technicians free then; technician -> confirmed visits (their load)
        TreeMap<Instant, List<Technician>> freeAt = new TreeMap<>();
        Map<String, Integer> load = new HashMap<>();
        for (Technician technician : workforce.techniciansFor(areaId, skill)) {
            List<Booking> confirmed = workforce.bookingsOf(technician.id(), from, until.plus(WINDOW)).stream()
                    .filter(b -> b.status() == BookingStatus.CONFIRMED).toList();
            load.put(technician.id(), confirmed.size());
            for (Shift shift : workforce.shiftsOf(technician.id(), from, until.plus(WINDOW))) {
                for (Instant start : windowsIn(area, shift, from, until)) {
                    Instant end = start.plus(WINDOW);
                    boolean clash = confirmed.stream()
                            .anyMatch(b -> b.windowStart().isBefore(end) && b.windowEnd().isAfter(start));
                    if (!clash) {
                        freeAt.computeIfAbsent(start, s -> new ArrayList<>()).add(technician);
                    }
                }
            }
        }

        Map<String, Integer> offered = new HashMap<>();
        List<SlotOffer> offers = new ArrayList<>();
        for (Map.Entry<Instant, List<Technician>> entry : freeAt.entrySet()) {
            if (offers.size() == count) {
                break;
            }
            Technician chosen = entry.getValue().stream()
                    .min(Comparator.<Technician>comparingInt(t -> offered.getOrDefault(t.id(), 0))
                            .thenComparingInt(t -> load.getOrDefault(t.id(), 0))
                            .thenComparing(Technician::id))
                    .orElseThrow();
            offered.merge(chosen.id(), 1, Integer::sum);
            Instant start = entry.getKey();
            offers.add(new SlotOffer(new SlotId(chosen.id(), start).value(), chosen.id(), chosen.fullName(), start,
                    start.plus(WINDOW)));
        }
        if (offers.isEmpty()) {
            log.info("No free {} window in area {} within {} of {}", skill.code(), areaId, LOOK_AHEAD, from);
            return SlotProposal.none();
        }
        Instant earliestPossible = offers.get(0).end();
        return new SlotProposal(offers, !earliestPossible.isAfter(promisedBy), earliestPossible);
    }

    /**
     * Books the slot for the case.
     *
     * @return the confirmed booking; the existing one when the case already holds this slot
     * @throws SlotTakenException       when the window is held by another case, no longer inside a shift of
     *                                  the technician, the technician is inactive, or the window has begun
     * @throws IllegalArgumentException when {@code slotId} is not a slot id
     * @throws IllegalStateException    when the case already holds a different confirmed visit (cancel it first)
     */
    public Booking book(String slotId, String caseReference) {
        SlotId slot = SlotId.parse(slotId);
        Instant start = slot.start();
        Instant end = start.plus(WINDOW);

        List<Booking> held = confirmedBookingsOf(caseReference);
        for (Booking booking : held) {
            if (booking.technicianId().equals(slot.technicianId()) && booking.windowStart().equals(start)) {
                return booking; // a repeated request: already done
            }
        }
        if (!held.isEmpty()) {
            throw new IllegalStateException("Case " + caseReference + " already holds visit " + held.get(0).id()
                    + "; cancel it before booking " + slotId);
        }

        Optional<Technician> technician = workforce.technician(slot.technicianId());
        if (technician.isEmpty() || !technician.get().active()) {
            throw new SlotTakenException(slotId, SlotTakenException.Reason.TECHNICIAN_UNAVAILABLE,
                    "Technician " + slot.technicianId() + " is not available");
        }
        if (!start.isAfter(clock.instant())) {
            throw new SlotTakenException(slotId, SlotTakenException.Reason.STARTED, "Slot " + slotId + " has begun");
        }
        boolean inShift = workforce.shiftsOf(slot.technicianId(), start, end).stream()
                .anyMatch(s -> !s.startsAt().isAfter(start) && !s.endsAt().isBefore(end));
        if (!inShift) {
            throw new SlotTakenException(slotId, SlotTakenException.Reason.OUTSIDE_SHIFT,
                    "Slot " + slotId + " is outside the technician's shifts");
        }

        Optional<Booking> booked = workforce.bookIfFree(slot.technicianId(), start, end, caseReference);
        if (booked.isPresent()) {
            log.info("Booked visit {} for {}", slotId, caseReference);
            return booked.get();
        }
        // held already: by this case when a retry raced its own first attempt, else by another case
        Optional<Booking> holder = workforce.confirmedBooking(slot.technicianId(), start);
        if (holder.isPresent() && holder.get().caseReference().equals(caseReference)) {
            return holder.get();
        }
        throw new SlotTakenException(slotId, SlotTakenException.Reason.TAKEN, "Slot " + slotId + " is taken");
    }

    /** Cancels the case's confirmed visits, freeing their windows; nothing to cancel is fine. */
    public void cancel(String caseReference) {
        int cancelled = workforce.closeConfirmedBookings(caseReference, BookingStatus.CANCELLED);
        log.info("Cancelled {} visit(s) of {}", cancelled, caseReference);
    }

    /** Records that the case's confirmed visit took place; nothing to record is fine (a retry). */
    public void visitDone(String caseReference) {
        workforce.closeConfirmedBookings(caseReference, BookingStatus.COMPLETED);
    }

    /** Records that the technician did not come to the case's confirmed visit, freeing the window. */
    public void noShow(String caseReference) {
        int failed = workforce.closeConfirmedBookings(caseReference, BookingStatus.FAILED);
        log.warn("Technician no-show on {} visit(s) of {}", failed, caseReference);
    }

    /** The case's confirmed visit, the earliest if (against the rules) it holds several. */
    public Optional<Booking> confirmedBookingOf(String caseReference) {
        return confirmedBookingsOf(caseReference).stream().findFirst();
    }

    private List<Booking> confirmedBookingsOf(String caseReference) {
        return workforce.bookingsOfCase(caseReference).stream()
                .filter(b -> b.status() == BookingStatus.CONFIRMED).toList();
    }

    /**
     * Window starts in the shift: even local hours, on the area's working days, inside its working hours
     * and the shift, with {@code from <= start < until}.
     */
    static List<Instant> windowsIn(Area area, Shift shift, Instant from, Instant until) {
        ZoneId zone = area.timeZone();
        List<Instant> starts = new ArrayList<>();
        LocalDate last = shift.endsAt().atZone(zone).toLocalDate();
        for (LocalDate date = shift.startsAt().atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            if (!area.workingDays().includes(date.getDayOfWeek())) {
                continue;
            }
            for (int hour = 0; hour < 24; hour += 2) {
                LocalTime localStart = LocalTime.of(hour, 0);
                ZonedDateTime zonedStart = date.atTime(localStart).atZone(zone);
                if (!zonedStart.toLocalTime().equals(localStart)) {
                    continue; // skipped by a daylight-saving change
                }
                ZonedDateTime zonedEnd = zonedStart.plus(WINDOW);
                Instant start = zonedStart.toInstant();
                Instant end = zonedEnd.toInstant();
                boolean inWorkingHours = !localStart.isBefore(area.workingHoursStart())
                        && zonedEnd.toLocalDate().equals(date)
                        && !zonedEnd.toLocalTime().isAfter(area.workingHoursEnd());
                boolean inShift = !start.isBefore(shift.startsAt()) && !end.isAfter(shift.endsAt());
                if (inWorkingHours && inShift && !start.isBefore(from) && start.isBefore(until)) {
                    starts.add(start);
                }
            }
        }
        return starts;
    }
}
