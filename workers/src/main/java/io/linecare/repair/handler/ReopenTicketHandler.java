package io.linecare.repair.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.TicketProgress;

/**
 * {@code repair.reopen-ticket}: the customer says it is not fixed. The ticket goes back in progress;
 * the first time the line is diagnosed again, after that the flow books a visit straight away.
 */
@Component
@ExternalTaskSubscription(Topics.REPAIR_REOPEN_TICKET)
public class ReopenTicketHandler extends LinecareTaskHandler {

    private final TicketProgress progress;
    private final RepairFacts facts;

    public ReopenTicketHandler(TicketProgress progress, RepairFacts facts) {
        this.progress = progress;
        this.facts = facts;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String ticketId = input.businessKey();
        String areaId = input.requireString(AREA_ID);
        int reopenCount = input.optionalInt(REOPEN_COUNT).orElse(0) + 1;
        String comment = input.optionalString(CUSTOMER_COMMENT).filter(c -> !c.isBlank()).orElse("no comment");
        progress.reopened(ticketId, reopenCount, "The customer says the fault is not fixed (" + comment + ")");

        Map<String, Object> out = new HashMap<>();
        out.put(REOPEN_COUNT, reopenCount);
        out.put(REPAIR_DONE, false);
        out.put(RESOLUTION, "");
        out.put(FIX_WORKED, null);
        out.put(CASE_HISTORY, facts.history(ticketId, areaId));
        return out;
    }
}
