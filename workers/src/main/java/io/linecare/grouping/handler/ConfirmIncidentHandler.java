package io.linecare.grouping.handler;

import static io.linecare.grouping.ComplaintGroupVariables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import java.util.ArrayList;

import io.linecare.grouping.IncidentLifecycle;
import io.linecare.grouping.IncidentLifecycle.Confirmation;
import io.linecare.repair.handler.RepairFacts;

/**
 * {@code grouping.confirm-incident}: the analyst confirmed; the group becomes an incident with the
 * analyst's estimate and cause, and answers the tickets whose own repair must now hold
 * ({@code linkedTickets}, one incident-confirmed signal each).
 */
@Component
@ExternalTaskSubscription(Topics.GROUPING_CONFIRM_INCIDENT)
public class ConfirmIncidentHandler extends GroupStepHandler {

    private final IncidentLifecycle lifecycle;
    private final RepairFacts facts;

    public ConfirmIncidentHandler(IncidentLifecycle lifecycle, RepairFacts facts) {
        this.lifecycle = lifecycle;
        this.facts = facts;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input, String groupId) {
        double hours = hours(input, ESTIMATED_HOURS);
        String cause = input.optionalString(SUSPECTED_CAUSE).filter(c -> !c.isBlank()).orElse("Network fault");
        Confirmation confirmation = lifecycle.confirm(groupId, hours, cause);
        Map<String, Object> out = new HashMap<>();
        out.put(LINKED_TICKETS, new ArrayList<>(confirmation.ticketsToHold()));
        out.put(ESTIMATED_RESTORATION_AT, RepairFacts.date(confirmation.estimateAt()));
        out.put(ESTIMATE_LABEL, facts.label(confirmation.estimateAt(), input.requireString(AREA_ID)));
        return out;
    }
}
