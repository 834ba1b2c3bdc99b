package io.linecare.repair.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.grouping.IncidentMembership;
import io.linecare.grouping.IncidentMembership.Held;
import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.promise.Promise;
import io.linecare.repair.promise.PromiseCalculator;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.repair.ticket.TicketStatus;
import io.linecare.workforce.BookingStatus;
import io.linecare.workforce.Workforce;

/**
 * {@code repair.join-incident}: the ticket is part of a confirmed network incident. While the
 * incident lasts the ticket is held (TMF621 {@code held}): no line test, no truck roll (a booked visit
 * is cancelled), and its promise is the incident's estimate. Once the incident is resolved it answers
 * so, with resolution "network" and a fresh promise from the restoration in case the fault outlives
 * the incident; the incident itself compensated the wait.
 */
@Component
@ExternalTaskSubscription(Topics.REPAIR_JOIN_INCIDENT)
public class JoinIncidentHandler extends LinecareTaskHandler {

    private final IncidentMembership incidents;
    private final TicketProgress progress;
    private final Workforce workforce;
    private final PromiseCalculator promises;
    private final RepairFacts facts;

    public JoinIncidentHandler(IncidentMembership incidents, TicketProgress progress, Workforce workforce,
                               PromiseCalculator promises, RepairFacts facts) {
        this.incidents = incidents;
        this.progress = progress;
        this.workforce = workforce;
        this.promises = promises;
        this.facts = facts;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String ticketId = input.businessKey();
        String areaId = input.requireString(AREA_ID);
        Held held;
        try {
            held = incidents.join(ticketId);
        } catch (IllegalStateException notAnIncident) {
            throw new InvalidTaskInputException(notAnIncident.getMessage());
        }
        Map<String, Object> out = new HashMap<>();
        out.put(INCIDENT_REFERENCE, held.incidentId());
        out.put(INCIDENT_RESOLVED, held.resolved());
        out.put(PROMISE_PAUSED, false);
        if (held.resolved()) {
            Map<String, Object> sla = input.requireMap(SLA);
            Promise promise = promises.promise(held.estimateAt(), areaId, ((Number) sla.get("restoreHours")).intValue(),
                    String.valueOf(sla.get("calendar")));
            String label = facts.label(promise.promisedAt(), areaId);
            progress.note(ticketId, "Incident " + held.incidentId() + " resolved (" + held.cause()
                    + "); should the fault remain, it is repaired by " + label);
            out.put(RESOLUTION, "network");
            out.put(PROMISED_AT, RepairFacts.date(promise.promisedAt()));
            out.put(AT_RISK_AT, RepairFacts.date(promise.atRiskAt()));
            out.put(PROMISE_LABEL, label);
            out.put(PROMISE_WARNED, false);
            out.put(PROMISE_BROKEN, false);
        } else {
            String label = facts.label(held.estimateAt(), areaId);
            workforce.closeConfirmedBookings(ticketId, BookingStatus.CANCELLED);
            progress.status(ticketId, TicketStatus.HELD, "Part of network incident " + held.incidentId() + " ("
                    + held.cause() + "); service expected back by " + label);
            out.put(PROMISED_AT, RepairFacts.date(held.estimateAt()));
            out.put(PROMISE_LABEL, label);
        }
        out.put(CASE_HISTORY, facts.history(ticketId, areaId));
        return out;
    }
}
