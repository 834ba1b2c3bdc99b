package io.linecare.network.handler;

import static io.linecare.repair.ticket.FaultRepairVariables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.network.NetworkInventory;
import io.linecare.network.RemoteFixResult;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;
import io.linecare.repair.ticket.TicketProgress;

/**
 * {@code network.fix-remotely}: a port reset, re-provisioning or device reboot from the network side.
 * Repeating it is harmless (the inventory answers "already ok"). When the line tests ok afterwards
 * the repair is done ({@code resolution = remote}); otherwise a technician has to come.
 */
@Component
@ExternalTaskSubscription(Topics.NETWORK_FIX_REMOTELY)
public class FixRemotelyHandler extends LinecareTaskHandler {

    private final NetworkInventory network;
    private final TicketProgress progress;

    public FixRemotelyHandler(NetworkInventory network, TicketProgress progress) {
        this.network = network;
        this.progress = progress;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String ticketId = input.businessKey();
        RemoteFixResult result = network.fixRemotely(input.requireLong(SUBSCRIPTION_ID));
        String summary = summary(result);
        progress.note(ticketId, "Remote fix: " + result.outcome().name().toLowerCase().replace('_', ' ') + ". " + summary);

        Map<String, Object> out = new HashMap<>();
        out.put(RESOLUTION, result.lineIsOk() ? "remote" : "");
        out.put(FIX_SUMMARY, summary);
        return out;
    }

    /** One sentence the customer reads in remote-fix-done. */
    static String summary(RemoteFixResult result) {
        String text = result.action() != null ? result.action() : result.detail();
        if (text == null || text.isBlank()) {
            return "We fixed the fault on your line from our network.";
        }
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
