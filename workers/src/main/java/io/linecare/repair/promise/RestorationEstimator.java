package io.linecare.repair.promise;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;

import io.linecare.customer.ServiceType;
import io.linecare.workforce.AppointmentScheduler;
import io.linecare.workforce.Booking;
import io.linecare.workforce.Skill;
import io.linecare.workforce.SlotProposal;

/**
 * An honest estimate of when a fault will be repaired, for the at-risk warning and a revised promise:
 * the end of the booked visit if there is one still ahead, else the end of the earliest free window
 * of a technician with the right skill, else a day after the promise (nobody free in the next two
 * weeks: dispatch gets the at-risk task to sort it out).
 */
@Service
public class RestorationEstimator {

    /** Never promise sooner than this from now: nobody can keep a promise made for the next minute. */
    static final Duration MINIMUM_LEAD = Duration.ofHours(1);
    static final Duration NO_TECHNICIAN_FALLBACK = Duration.ofDays(1);

    private final AppointmentScheduler scheduler;
    private final Clock clock;

    public RestorationEstimator(AppointmentScheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    public Instant estimate(String caseReference, String areaId, ServiceType serviceType, Instant promisedAt) {
        Instant now = clock.instant();
        Instant estimate = scheduler.confirmedBookingOf(caseReference)
                .map(Booking::windowEnd)
                .filter(end -> end.isAfter(now))
                .orElseGet(() -> earliestVisit(areaId, serviceType, now, promisedAt));
        Instant earliest = now.plus(MINIMUM_LEAD);
        return estimate.isBefore(earliest) ? earliest : estimate;
    }

    private Instant earliestVisit(String areaId, ServiceType serviceType, Instant now, Instant promisedAt) {
        SlotProposal proposal = scheduler.proposeSlots(areaId, Skill.forService(serviceType), now, promisedAt, 1);
        Instant later = promisedAt.isAfter(now) ? promisedAt : now;
        return proposal.isEmpty() ? later.plus(NO_TECHNICIAN_FALLBACK) : proposal.earliestPossible();
    }
}
