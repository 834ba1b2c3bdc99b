package io.linecare.network.handler;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.springframework.stereotype.Component;

import io.linecare.customer.Customer;
import io.linecare.customer.CustomerDirectory;
import io.linecare.network.DisconnectionService;
import io.linecare.platform.externaltask.InvalidTaskInputException;
import io.linecare.platform.externaltask.LinecareTaskHandler;
import io.linecare.platform.externaltask.TaskInput;
import io.linecare.platform.externaltask.Topics;

/**
 * {@code network.disconnect-service}: ends the line on the customer's last day, once per line (a
 * retried or duplicated task changes nothing). Outputs {@code disconnectOutcome}: disconnected or
 * already-disconnected.
 */
@Component
@ExternalTaskSubscription(Topics.NETWORK_DISCONNECT_SERVICE)
public class DisconnectServiceHandler extends LinecareTaskHandler {

    private final DisconnectionService disconnections;
    private final CustomerDirectory customers;

    public DisconnectServiceHandler(DisconnectionService disconnections, CustomerDirectory customers) {
        this.disconnections = disconnections;
        this.customers = customers;
    }

    @Override
    protected Map<String, Object> handle(TaskInput input) {
        String reference = input.businessKey();
        long customerId = input.requireLong("customerId");
        Instant endsAt = input.requireInstant("serviceEndsAt");
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> new InvalidTaskInputException("No customer with id " + customerId + " for " + reference));
        try {
            DisconnectionService.Outcome outcome = disconnections.disconnect(reference, input.requireLong("subscriptionId"),
                    LocalDate.ofInstant(endsAt, customer.timeZone()));
            return Map.of("disconnectOutcome", outcome.name().toLowerCase().replace('_', '-'));
        } catch (IllegalArgumentException unknownLine) {
            throw new InvalidTaskInputException(unknownLine.getMessage());
        }
    }
}
