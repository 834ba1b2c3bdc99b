package io.linecare.workforce.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.linecare.customer.ServiceType;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.handler.RepairFacts;
import io.linecare.workforce.AppointmentScheduler;
import io.linecare.workforce.Skill;
import io.linecare.workforce.SlotOffer;
import io.linecare.workforce.SlotProposal;

/**
 * {@code workforce.propose-slots}: three free 2-hour windows of technicians with the right skill in
 * the area, earliest first. When none ends before the promise the flow tells the customer honestly
 * ({@code slotsKeepPromise = false}). Picks of an earlier offer are cleared, so a stale choice is never
 * booked. No technician at all in the next two weeks is an incident for an operator (retried, since
 * shifts get added), not something to tell the customer as if it were normal.
 */
@Component
@ExternalTaskSubscription(Topics.WORKFORCE_PROPOSE_SLOTS)
public class ProposeSlotsHandler extends LinecareTaskHandler {

    static final int OFFERED = 3;
    static final Duration HELD_FOR = Duration.ofHours(24);

    private final AppointmentScheduler scheduler;
    private final RepairFacts facts;
    private final ObjectMapper json;
    private final Clock clock;

    public ProposeSlotsHandler(AppointmentScheduler scheduler, RepairFacts facts, ObjectMapper json, Clock clock) {
        this.scheduler = scheduler;
        this.facts = facts;
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) throws JsonProcessingException {
        String areaId = input.requireString(AREA_ID);
        Skill skill = Skill.forService(input.requireParsed(SERVICE_TYPE, ServiceType::fromCode));
        Instant now = clock.instant();
        SlotProposal proposal = scheduler.proposeSlots(areaId, skill, now, input.requireInstant(PROMISED_AT), OFFERED);
        if (proposal.isEmpty()) {
            throw new IllegalStateException("No technician with skill " + skill.code() + " has a free window in area "
                    + areaId + " in the next " + AppointmentScheduler.LOOK_AHEAD.toDays() + " days");
        }
        List<Map<String, String>> slots = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int number = 1;
        for (SlotOffer offer : proposal.offers()) {
            Map<String, String> slot = new LinkedHashMap<>();
            slot.put("id", offer.id());
            slot.put("start", offer.start().toString());
            slot.put("end", offer.end().toString());
            slot.put("technicianName", offer.technicianName());
            slots.add(slot);
            text.append(number++).append(") ").append(facts.window(offer.start(), offer.end(), areaId))
                    .append(" · ").append(offer.technicianName()).append('\n');
        }
        Map<String, Object> out = new HashMap<>();
        out.put(OFFERED_SLOTS, json.writeValueAsString(slots));
        out.put(OFFERED_SLOTS_TEXT, text.toString().stripTrailing());
        out.put(SLOTS_KEEP_PROMISE, proposal.promiseKept());
        out.put(EARLIEST_VISIT_END, RepairFacts.date(proposal.earliestPossible()));
        out.put(SLOTS_HELD_UNTIL, RepairFacts.date(now.plus(HELD_FOR)));
        out.put(SLOT_ROUND, input.optionalInt(SLOT_ROUND).orElse(0) + 1);
        out.put(PICKED_SLOT_ID, null);
        out.put(SLOT_CHOICE, null);
        return out;
    }
}
