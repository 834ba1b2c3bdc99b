package io.linecare.workforce.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;

import java.time.Clock;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.linecare.platform.externaltask.BusinessOutcomeException;
import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.handler.RepairFacts;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.workforce.AppointmentScheduler;
import io.linecare.workforce.Booking;
import io.linecare.workforce.SlotTakenException;
import io.linecare.workforce.Technician;
import io.linecare.workforce.Workforce;

/**
 * {@code workforce.book-appointment}: books the slot the customer picked on the status page
 * ({@code pickedSlotId}) or the dispatcher agreed by phone ({@code slotChoice}, 1-based). Booking is
 * one insert decided by a unique index, so of two cases racing for a window exactly one wins; the
 * other gets {@code Err_SlotTaken} and new slots. A repeated task finds its own booking.
 */
@Component
@ExternalTaskSubscription(Topics.WORKFORCE_BOOK_APPOINTMENT)
public class BookAppointmentHandler extends LinecareTaskHandler {

    static final String ERR_SLOT_TAKEN = "Err_SlotTaken";

    private final AppointmentScheduler scheduler;
    private final Workforce workforce;
    private final TicketProgress progress;
    private final RepairFacts facts;
    private final ObjectMapper json;
    private final Clock clock;

    public BookAppointmentHandler(AppointmentScheduler scheduler, Workforce workforce, TicketProgress progress,
                                  RepairFacts facts, ObjectMapper json, Clock clock) {
        this.scheduler = scheduler;
        this.workforce = workforce;
        this.progress = progress;
        this.facts = facts;
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) throws JsonProcessingException {
        String ticketId = input.businessKey();
        String areaId = input.requireString(AREA_ID);
        String slotId = chosenSlot(input);
        Booking booking;
        try {
            booking = scheduler.book(slotId, ticketId);
        } catch (SlotTakenException taken) {
            throw new BusinessOutcomeException(ERR_SLOT_TAKEN, taken.getMessage());
        }
        String technicianName = workforce.technician(booking.technicianId()).map(Technician::fullName)
                .orElse(booking.technicianId());
        progress.note(ticketId, "Visit booked: " + facts.window(booking.windowStart(), booking.windowEnd(), areaId)
                + " with " + technicianName);
        return VisitVariables.of(booking, technicianName, areaId, facts, clock.instant());
    }

    private String chosenSlot(TaskInput input) throws JsonProcessingException {
        var picked = input.optionalString(PICKED_SLOT_ID).filter(id -> !id.isBlank());
        if (picked.isPresent()) {
            return picked.get();
        }
        String choice = input.optionalString(SLOT_CHOICE).orElseThrow(() -> new InvalidTaskInputException(
                "Neither the customer (pickedSlotId) nor dispatch (slotChoice) chose a slot for " + input.businessKey()));
        JsonNode offered = json.readTree(input.requireString(OFFERED_SLOTS));
        int index;
        try {
            index = Integer.parseInt(choice) - 1;
        } catch (NumberFormatException e) {
            throw new InvalidTaskInputException("slotChoice must be a slot number, was '" + choice + "'");
        }
        if (index < 0 || index >= offered.size()) {
            throw new BusinessOutcomeException(ERR_SLOT_TAKEN, "Slot " + choice + " was not offered (only "
                    + offered.size() + "); offering new slots");
        }
        return offered.get(index).path("id").asText();
    }
}
