package io.linecare.repair.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.promise.Promise;
import io.linecare.repair.promise.PromiseCalculator;
import io.linecare.repair.ticket.Ticket;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.repair.ticket.TroubleTicketRepository;
import io.linecare.repair.ticket.UnknownTicketException;

/**
 * {@code repair.set-promise}: turns sla-policy's result into the promised restore time on the area's
 * business calendar, counted from when the ticket was opened, and initialises the flow's state.
 */
@Component
@ExternalTaskSubscription(Topics.REPAIR_SET_PROMISE)
public class SetPromiseHandler extends LinecareTaskHandler {

    private final PromiseCalculator promises;
    private final TroubleTicketRepository tickets;
    private final TicketProgress progress;
    private final RepairFacts facts;

    public SetPromiseHandler(PromiseCalculator promises, TroubleTicketRepository tickets, TicketProgress progress,
                             RepairFacts facts) {
        this.promises = promises;
        this.tickets = tickets;
        this.progress = progress;
        this.facts = facts;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String ticketId = input.businessKey();
        String areaId = input.requireString(AREA_ID);
        Map<String, Object> sla = input.requireMap(SLA);
        Instant reportedAt = tickets.find(ticketId).map(Ticket::creationDate)
                .orElseThrow(() -> new UnknownTicketException(ticketId));
        Promise promise;
        try {
            promise = promises.promise(reportedAt, areaId, number(sla, "restoreHours").intValue(), text(sla, "calendar"));
        } catch (IllegalArgumentException wrong) {
            throw new InvalidTaskInputException("Cannot set the promise of " + ticketId + ": " + wrong.getMessage());
        }
        String label = facts.label(promise.promisedAt(), areaId);
        progress.note(ticketId, "Promised to the customer: service restored by " + label);

        Map<String, Object> out = new HashMap<>();
        out.put(PROMISED_AT, RepairFacts.date(promise.promisedAt()));
        out.put(AT_RISK_AT, RepairFacts.date(promise.atRiskAt()));
        out.put(COMPENSATION_CLASS, text(sla, "compensationClass"));
        out.put(PROMISE_LABEL, label);
        out.put(PROMISE_PAUSED, false);
        out.put(PROMISE_WARNED, false);
        out.put(PROMISE_BROKEN, false);
        out.put(REPAIR_DONE, false);
        out.put(RESOLUTION, "");
        out.put(REOPEN_COUNT, 0);
        out.put(VISIT_COUNT, 0);
        out.put(TRANSFER_COUNT, 0);
        out.put(SLOT_ROUND, 0);
        out.put(CASE_HISTORY, facts.history(ticketId, areaId));
        return out;
    }

    private static Number number(Map<String, Object> sla, String name) {
        if (sla.get(name) instanceof Number number) {
            return number;
        }
        throw new InvalidTaskInputException("sla-policy gave no number '" + name + "' (got " + sla + ")");
    }

    private static String text(Map<String, Object> sla, String name) {
        if (sla.get(name) instanceof String text && !text.isBlank()) {
            return text;
        }
        throw new InvalidTaskInputException("sla-policy gave no '" + name + "' (got " + sla + ")");
    }
}
