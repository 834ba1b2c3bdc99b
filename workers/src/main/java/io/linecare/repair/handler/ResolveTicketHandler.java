package io.linecare.repair.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.TicketProgress;

/**
 * {@code repair.resolve-ticket}: the fault is repaired (remotely, on a visit or in the network); the
 * ticket becomes {@code resolved} and the customer has 72 hours to tell us it is not.
 */
@Component
@ExternalTaskSubscription(Topics.REPAIR_RESOLVE_TICKET)
public class ResolveTicketHandler extends LinecareTaskHandler {

    static final Duration CONFIRMATION_TIME = Duration.ofHours(72);

    private final TicketProgress progress;
    private final RepairFacts facts;
    private final Clock clock;

    public ResolveTicketHandler(TicketProgress progress, RepairFacts facts, Clock clock) {
        this.progress = progress;
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String ticketId = input.businessKey();
        String areaId = input.requireString(AREA_ID);
        String resolution = input.requireString(RESOLUTION);
        if (!resolution.equals("remote") && !resolution.equals("visit") && !resolution.equals("network")) {
            throw new InvalidTaskInputException("Ticket " + ticketId + " reached 'resolved' without a resolution"
                    + " (remote, visit or network), but resolution is '" + resolution + "'");
        }
        Instant confirmBy = clock.instant().plus(CONFIRMATION_TIME);
        progress.resolved(ticketId, resolution, switch (resolution) {
            case "remote" -> "Fixed remotely";
            case "visit" -> "Fixed on the technician's visit";
            default -> "Fixed in the network";
        } + "; waiting for the customer's confirmation until " + facts.label(confirmBy, areaId));

        Map<String, Object> out = new HashMap<>();
        out.put(REPAIR_DONE, true);
        out.put(CONFIRM_BY, RepairFacts.date(confirmBy));
        out.put(CASE_HISTORY, facts.history(ticketId, areaId));
        return out;
    }
}
