package io.linecare.repair.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.TicketProgress;

/**
 * {@code repair.close-ticket}: closes the ticket, with the customer's satisfaction score (1-5) and
 * comment when they confirmed, or marked as closed automatically when 72 hours passed unanswered.
 */
@Component
@ExternalTaskSubscription(Topics.REPAIR_CLOSE_TICKET)
public class CloseTicketHandler extends LinecareTaskHandler {

    private final TicketProgress progress;

    public CloseTicketHandler(TicketProgress progress) {
        this.progress = progress;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        boolean confirmed = input.optionalBoolean(FIX_WORKED).orElse(false);
        Integer score = input.optionalInt(SATISFACTION_SCORE).filter(s -> s >= 1 && s <= 5).orElse(null);
        String comment = input.optionalString(CUSTOMER_COMMENT).filter(c -> !c.isBlank()).orElse(null);
        progress.closed(input.businessKey(), confirmed ? score : null, confirmed ? comment : null, !confirmed,
                confirmed ? "The customer confirmed the fix" : "No answer within 72 hours; closed as fixed");
        return Map.of(CLOSED_AUTOMATICALLY, !confirmed);
    }
}
