package io.linecare.repair.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;

import java.time.Clock;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.repair.ticket.TicketStatus;

/**
 * {@code repair.pause-promise}: while we wait for the customer to pick a visit time the promise clock
 * stands still (TMF621 {@code pending}); the status page says so. Pausing a paused clock keeps the
 * first pause time, so offering new slots does not lose the waiting already done.
 */
@Component
@ExternalTaskSubscription(Topics.REPAIR_PAUSE_PROMISE)
public class PausePromiseHandler extends LinecareTaskHandler {

    private final TicketProgress progress;
    private final Clock clock;

    public PausePromiseHandler(TicketProgress progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        if (input.optionalBoolean(PROMISE_PAUSED).orElse(false)) {
            return Map.of();
        }
        progress.status(input.businessKey(), TicketStatus.PENDING,
                "Waiting for the customer to pick a visit time; the promise clock is paused");
        return Map.of(PROMISE_PAUSED, true, PAUSED_AT, RepairFacts.date(clock.instant()));
    }
}
