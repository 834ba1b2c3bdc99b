package io.linecare.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The billing system as Linecare reads it. Holds, credits and dunning build on this; a real
 * billing integration replaces {@link JdbcBillingSystem}.
 */
public interface BillingSystem {

    /** The customer's bills, newest period first. */
    List<Bill> billsOf(long customerId);

    Optional<Bill> bill(long billId);

    /** The bill's lines in the order they were written. */
    List<BillLine> linesOf(long billId);

    /** Usage of a line on the days {@code from..to}, both inclusive (like a bill period), by day. */
    List<UsageRecord> usageOf(long subscriptionId, LocalDate from, LocalDate to);

    Optional<PricePlan> pricePlan(String code);

    /** The plan's price changes, earliest first. */
    List<PriceChange> priceChanges(String planCode);
}
