package io.linecare.repair.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.customer.ServiceType;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.promise.PromiseCalculator;
import io.linecare.repair.promise.RestorationEstimator;
import io.linecare.repair.ticket.TicketProgress;

/**
 * {@code repair.revise-promise}: the promise has passed. The new promise is the honest estimate, and
 * how far it lies beyond the missed one ({@code hoursLate}, to 0.1 h) is what compensation-policy
 * prices: the customer is compensated for the whole expected delay at once, not trickled.
 */
@Component
@ExternalTaskSubscription(Topics.REPAIR_REVISE_PROMISE)
public class RevisePromiseHandler extends LinecareTaskHandler {

    private final RestorationEstimator estimator;
    private final TicketProgress progress;
    private final RepairFacts facts;

    public RevisePromiseHandler(RestorationEstimator estimator, TicketProgress progress, RepairFacts facts) {
        this.estimator = estimator;
        this.progress = progress;
        this.facts = facts;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String ticketId = input.businessKey();
        String areaId = input.requireString(AREA_ID);
        Instant missed = input.requireInstant(PROMISED_AT);
        Instant revised = estimator.estimate(ticketId, areaId, input.requireParsed(SERVICE_TYPE, ServiceType::fromCode), missed);
        String label = facts.label(revised, areaId);
        progress.note(ticketId, "Promise " + facts.label(missed, areaId) + " missed; new promise " + label);

        Map<String, Object> out = new HashMap<>();
        out.put(MISSED_PROMISE, RepairFacts.date(missed));
        out.put(PROMISED_AT, RepairFacts.date(revised));
        out.put(PROMISE_LABEL, label);
        out.put(HOURS_LATE, PromiseCalculator.hoursLate(missed, revised));
        out.put(PROMISE_BROKEN, true);
        out.put(CASE_HISTORY, facts.history(ticketId, areaId));
        return out;
    }
}
