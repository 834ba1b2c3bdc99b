package io.linecare.workforce.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.customer.ServiceType;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.handler.RepairFacts;
import io.linecare.repair.promise.PromiseCalculator;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.workforce.AppointmentScheduler;
import io.linecare.workforce.Booking;
import io.linecare.workforce.Skill;
import io.linecare.workforce.SlotProposal;
import io.linecare.workforce.Technician;
import io.linecare.workforce.Workforce;

/**
 * {@code workforce.rebook-after-no-show}: the visit window ended and nobody came. The missed booking is
 * marked failed and the customer goes first in line: the earliest free window of any technician with
 * the skill, booked without asking again (they already gave us their time once). {@code hoursLate}
 * (missed window end to new window end) prices the compensation.
 */
@Component
@ExternalTaskSubscription(Topics.WORKFORCE_REBOOK_AFTER_NO_SHOW)
public class RebookAfterNoShowHandler extends LinecareTaskHandler {

    private final AppointmentScheduler scheduler;
    private final Workforce workforce;
    private final TicketProgress progress;
    private final RepairFacts facts;
    private final Clock clock;

    public RebookAfterNoShowHandler(AppointmentScheduler scheduler, Workforce workforce, TicketProgress progress,
                                    RepairFacts facts, Clock clock) {
        this.scheduler = scheduler;
        this.workforce = workforce;
        this.progress = progress;
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String ticketId = input.businessKey();
        String areaId = input.requireString(AREA_ID);
        String missedId = input.requireString(APPOINTMENT_ID);
        Instant missedEnd = input.requireInstant(APPOINTMENT_END);
        Instant now = clock.instant();

        Optional<Booking> current = scheduler.confirmedBookingOf(ticketId);
        Booking rebooked;
        if (current.isPresent() && !String.valueOf(current.get().id()).equals(missedId)) {
            rebooked = current.get(); // a retry: the new visit is already booked
        } else {
            scheduler.noShow(ticketId);
            Skill skill = Skill.forService(input.requireParsed(SERVICE_TYPE, ServiceType::fromCode));
            SlotProposal first = scheduler.proposeSlots(areaId, skill, now, input.requireInstant(PROMISED_AT), 1);
            if (first.isEmpty()) {
                throw new IllegalStateException("No technician with skill " + skill.code() + " is free in area "
                        + areaId + " to replace the missed visit of " + ticketId);
            }
            rebooked = scheduler.book(first.offers().get(0).id(), ticketId);
        }
        String technicianName = workforce.technician(rebooked.technicianId()).map(Technician::fullName)
                .orElse(rebooked.technicianId());
        progress.note(ticketId, "The technician did not come (visit " + missedId + "); rebooked first in line: "
                + facts.window(rebooked.windowStart(), rebooked.windowEnd(), areaId) + " with " + technicianName);

        Map<String, Object> out = new HashMap<>(VisitVariables.of(rebooked, technicianName, areaId, facts, now));
        out.put(MISSED_APPOINTMENT_ID, missedId);
        out.put(MISSED_APPOINTMENT_END, RepairFacts.date(missedEnd));
        out.put(HOURS_LATE, PromiseCalculator.hoursLate(missedEnd, rebooked.windowEnd()));
        out.put(CASE_HISTORY, facts.history(ticketId, areaId));
        return out;
    }
}
