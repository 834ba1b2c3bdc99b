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

    /**
     * The bill a new charge or credit goes on: the customer's earliest bill still being prepared
     * ({@link BillState#NEW}). Empty when every bill has gone out; credits then wait for the next run.
     */
    Optional<Bill> nextOpenBill(long customerId);

    /**
     * Writes the credit unless one with its idempotency key exists (a concurrent writer of the same
     * key waits for the first and then finds it).
     *
     * @return the new credit; empty when the key was already used
     */
    Optional<Credit> insertCreditIfAbsent(NewCredit credit);

    Optional<Credit> creditByIdempotencyKey(String idempotencyKey);

    /** Credits granted for a case, oldest first. */
    List<Credit> creditsFor(String caseReference);

    /**
     * Puts the credit on the bill as a negative {@link BillLineKind#CREDIT} line, lowers the bill's
     * total by it and links the credit to the line. Call in the transaction that wrote the credit.
     */
    BillLine addCreditLine(long billId, Credit credit);
}
