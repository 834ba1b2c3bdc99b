package io.linecare.workforce.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.platform.identity.LinecareGroup;
import io.linecare.repair.handler.RepairFacts;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.workforce.AppointmentScheduler;

/**
 * {@code workforce.complete-visit}: records the technician's visit report on the booking and the
 * ticket. "Network work needed" hands the ticket to the network analysts, counted as a transfer.
 */
@Component
@ExternalTaskSubscription(Topics.WORKFORCE_COMPLETE_VISIT)
public class CompleteVisitHandler extends LinecareTaskHandler {

    static final Set<String> OUTCOMES = Set.of("resolved", "second-visit", "network-work");

    private final AppointmentScheduler scheduler;
    private final TicketProgress progress;
    private final RepairFacts facts;

    public CompleteVisitHandler(AppointmentScheduler scheduler, TicketProgress progress, RepairFacts facts) {
        this.scheduler = scheduler;
        this.progress = progress;
        this.facts = facts;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String ticketId = input.businessKey();
        String outcome = input.requireString(VISIT_OUTCOME);
        if (!OUTCOMES.contains(outcome)) {
            throw new InvalidTaskInputException("visitOutcome must be one of " + OUTCOMES + ", was '" + outcome + "'");
        }
        int visitCount = input.optionalInt(VISIT_COUNT).orElse(0) + 1;
        scheduler.visitDone(ticketId);
        progress.note(ticketId, "Visit " + visitCount + ": " + outcome
                + "; cause " + input.optionalString(FAULT_CAUSE).orElse("not given")
                + input.optionalString(PARTS_USED).filter(p -> !p.isBlank()).map(p -> "; parts " + p).orElse("")
                + ". " + input.optionalString(VISIT_NOTES).orElse(""));

        Map<String, Object> out = new HashMap<>();
        out.put(VISIT_COUNT, visitCount);
        out.put(RESOLUTION, outcome.equals("resolved") ? "visit" : "");
        if (outcome.equals("network-work")) {
            out.put(TRANSFER_COUNT, progress.transfer(ticketId, "visit-" + visitCount,
                    LinecareGroup.NETWORK_ANALYSTS.id(), "The technician found a fault in the network"));
        }
        out.put(CASE_HISTORY, facts.history(ticketId, input.requireString(AREA_ID)));
        return out;
    }
}
