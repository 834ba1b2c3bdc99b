package io.linecare.customer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The CRM as Linecare sees it. The demo implementation reads Linecare's own tables; a real
 * CRM integration replaces {@link JdbcCustomerDirectory} without touching the flows.
 */
public interface CustomerDirectory {

    Optional<Customer> findById(long customerId);

    /** By the reference the customer quotes, e.g. {@code CU-000123}. */
    Optional<Customer> findByReference(String reference);

    /** All of the customer's subscriptions, cancelled ones included, oldest first. */
    List<Subscription> subscriptionsOf(long customerId);

    Optional<Subscription> findSubscription(long subscriptionId);

    /**
     * Customers with at least one active line on any of these access nodes, each once, by id:
     * the people an outage on those nodes affects.
     */
    List<Customer> customersOnAccessNodes(Collection<String> accessNodeIds);
}
