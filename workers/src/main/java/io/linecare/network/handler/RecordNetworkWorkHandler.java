package io.linecare.network.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;

import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.handler.RepairFacts;
import io.linecare.repair.ticket.TicketProgress;

/** {@code network.record-network-work}: the analysts' root cause and work go on the ticket; the repair is done. */
@Component
@ExternalTaskSubscription(Topics.NETWORK_RECORD_NETWORK_WORK)
public class RecordNetworkWorkHandler extends LinecareTaskHandler {

    private final TicketProgress progress;
    private final RepairFacts facts;

    public RecordNetworkWorkHandler(TicketProgress progress, RepairFacts facts) {
        this.progress = progress;
        this.facts = facts;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String ticketId = input.businessKey();
        progress.note(ticketId, "Network work. Root cause: " + input.requireString(ROOT_CAUSE)
                + ". Done: " + input.requireString(NETWORK_WORK_DONE));
        return Map.of(RESOLUTION, "network", CASE_HISTORY, facts.history(ticketId, input.requireString(AREA_ID)));
    }
}
