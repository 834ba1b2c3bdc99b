package io.linecare.repair.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.repair.ticket.TicketStatus;

/**
 * {@code repair.resume-promise}: the customer answered; the promise and the at-risk time move on by
 * the time we waited (wall-clock: the customer's wait, not ours). Setting {@code promisePaused} back
 * to false is what re-arms the promise timers that fell due during the pause.
 */
@Component
@ExternalTaskSubscription(Topics.REPAIR_RESUME_PROMISE)
public class ResumePromiseHandler extends LinecareTaskHandler {

    private final TicketProgress progress;
    private final RepairFacts facts;
    private final Clock clock;

    public ResumePromiseHandler(TicketProgress progress, RepairFacts facts, Clock clock) {
        this.progress = progress;
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        if (!input.optionalBoolean(PROMISE_PAUSED).orElse(false)) {
            return Map.of(); // a retry after the clock already runs again
        }
        String ticketId = input.businessKey();
        String areaId = input.requireString(AREA_ID);
        Duration paused = Duration.between(input.requireInstant(PAUSED_AT), clock.instant());
        if (paused.isNegative()) {
            paused = Duration.ZERO;
        }
        Instant promisedAt = input.requireInstant(PROMISED_AT).plus(paused);
        Instant atRiskAt = input.requireInstant(AT_RISK_AT).plus(paused);
        String label = facts.label(promisedAt, areaId);
        progress.status(ticketId, TicketStatus.IN_PROGRESS, "Visit time agreed; the promise moves by the "
                + paused.toMinutes() + " min we waited, to " + label);

        Map<String, Object> out = new HashMap<>();
        out.put(PROMISE_PAUSED, false);
        out.put(PROMISED_AT, RepairFacts.date(promisedAt));
        out.put(AT_RISK_AT, RepairFacts.date(atRiskAt));
        out.put(PROMISE_LABEL, label);
        out.put(CASE_HISTORY, facts.history(ticketId, areaId));
        return out;
    }
}
