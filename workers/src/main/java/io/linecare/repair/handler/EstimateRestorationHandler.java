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
import io.linecare.repair.promise.RestorationEstimator;
import io.linecare.repair.ticket.TicketProgress;

/**
 * {@code repair.estimate-restoration}: 80 % of the promised time has passed and the fault is not
 * repaired; the customer hears our honest estimate before the promise breaks, and dispatch gets a task.
 */
@Component
@ExternalTaskSubscription(Topics.REPAIR_ESTIMATE_RESTORATION)
public class EstimateRestorationHandler extends LinecareTaskHandler {

    private final RestorationEstimator estimator;
    private final TicketProgress progress;
    private final RepairFacts facts;

    public EstimateRestorationHandler(RestorationEstimator estimator, TicketProgress progress, RepairFacts facts) {
        this.estimator = estimator;
        this.progress = progress;
        this.facts = facts;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String ticketId = input.businessKey();
        String areaId = input.requireString(AREA_ID);
        Instant estimate = estimator.estimate(ticketId, areaId, input.requireParsed(SERVICE_TYPE, ServiceType::fromCode),
                input.requireInstant(PROMISED_AT));
        String label = facts.label(estimate, areaId);
        progress.note(ticketId, "Promise at risk; customer warned, estimate " + label);

        Map<String, Object> out = new HashMap<>();
        out.put(ESTIMATED_AT, RepairFacts.date(estimate));
        out.put(ESTIMATE_LABEL, label);
        out.put(PROMISE_WARNED, true);
        out.put(CASE_HISTORY, facts.history(ticketId, areaId));
        return out;
    }
}
