package io.linecare.customer;

import java.time.LocalDate;

/**
 * One line (a product instance) of a customer, on one access node.
 *
 * @param endedOn null while the subscription is not cancelled
 */
public record Subscription(
        long id,
        long customerId,
        ServiceType serviceType,
        String planCode,
        String lineNumber,
        String accessNodeId,
        SubscriptionStatus status,
        LocalDate startedOn,
        LocalDate endedOn) {

    public boolean isActive() {
        return status == SubscriptionStatus.ACTIVE;
    }
}
