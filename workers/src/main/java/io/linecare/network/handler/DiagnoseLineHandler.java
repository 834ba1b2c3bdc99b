package io.linecare.network.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.grouping.IncidentMembership;
import io.linecare.network.LineStatus;
import io.linecare.network.LineTestResult;
import io.linecare.network.NetworkInventory;
import io.linecare.platform.externaltask.BusinessOutcomeException;
import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.platform.identity.LinecareGroup;
import io.linecare.repair.handler.RepairFacts;
import io.linecare.repair.ticket.TicketProgress;
import io.linecare.repair.ticket.TicketStatus;

/**
 * {@code network.diagnose-line}: a remote line test. The result goes on the ticket (area outages are
 * what complaint-group analysis looks for) and decides the next step: a remote fix, a visit, or
 * network work, which is a transfer to the network analysts.
 *
 * <p>Before testing it asks where the ticket's complaint group stands. Confirmed as an incident (the
 * analyst confirmed it in the seconds between the ticket's intake and its repair listening for the
 * confirmation): {@code Err_PartOfIncident}, and the ticket is held like the others, with no truck roll.
 * Under review: an area outage waits for the analyst's verdict ({@code groupUnderReview}) instead of
 * putting a network-work task of its own next to the review.
 */
@Component
@ExternalTaskSubscription(Topics.NETWORK_DIAGNOSE_LINE)
public class DiagnoseLineHandler extends LinecareTaskHandler {

    private final NetworkInventory network;
    private final TicketProgress progress;
    private final RepairFacts facts;
    private final IncidentMembership incidents;

    public DiagnoseLineHandler(NetworkInventory network, TicketProgress progress, RepairFacts facts,
                               IncidentMembership incidents) {
        this.network = network;
        this.progress = progress;
        this.facts = facts;
        this.incidents = incidents;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String ticketId = input.businessKey();
        long subscriptionId = input.requireLong(SUBSCRIPTION_ID);
        IncidentMembership.Standing group = incidents.standing(ticketId);
        if (group.confirmedIncident()) {
            throw new BusinessOutcomeException(ERR_PART_OF_INCIDENT, ticketId + " is part of incident " + group.groupId()
                    + ", confirmed before its repair began");
        }
        LineTestResult test = network.lineTest(subscriptionId)
                .orElseThrow(() -> new InvalidTaskInputException("Line " + subscriptionId + " of " + ticketId
                        + " is not in the network inventory; nothing to test"));
        progress.lineTested(ticketId, test.status());
        progress.status(ticketId, TicketStatus.IN_PROGRESS, "Line test: " + test.status().code() + ", " + test.detail());

        Map<String, Object> out = new HashMap<>();
        out.put(LINE_STATUS, test.status().code());
        out.put(REMOTELY_FIXABLE, test.remotelyFixable());
        out.put(LINE_TEST_DETAIL, test.detail());
        out.put(GROUP_UNDER_REVIEW, test.status() == LineStatus.AREA_OUTAGE && group.underReview());
        out.put(COMPLAINT_GROUP_REFERENCE, group.groupId() == null ? "" : group.groupId());
        if (test.status() == LineStatus.AREA_OUTAGE) {
            // the line is diagnosed again after a reopening: that hand-over is a transfer of its own
            int reopenCount = input.optionalInt(REOPEN_COUNT).orElse(0);
            String transferKey = input.activityId() + (reopenCount == 0 ? "" : "-after-reopen-" + reopenCount);
            out.put(TRANSFER_COUNT, progress.transfer(ticketId, transferKey, LinecareGroup.NETWORK_ANALYSTS.id(),
                    "Area outage found by the line test"));
        }
        out.put(CASE_HISTORY, facts.history(ticketId, input.requireString(AREA_ID)));
        return out;
    }
}
