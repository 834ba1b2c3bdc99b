package io.linecare.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.linecare.customer.CustomerDirectory;
import io.linecare.customer.Subscription;

/**
 * Grants the compensation compensation-policy.dmn decided, exactly once per idempotency key.
 *
 * <p>A bill credit is written as it is; free days are converted to money: days × (the monthly
 * prices of the customer's active lines / 30), rounded half-up to 0.01. Each credit is one row in
 * {@code credit}; when the customer has a bill still being prepared (state {@code new}) it also goes
 * on that bill as a negative {@code credit} line in the same transaction. When every bill has already
 * gone out, only the credit row is written (its {@code bill_line_id} stays null) for the next billing
 * run to pick up; Linecare does not create bills itself.
 *
 * <p>Idempotency: the row is inserted with {@code on conflict (idempotency_key) do nothing}; a
 * retried or duplicated call, also a concurrent one, finds the existing credit and writes nothing
 * (not even a bill line). The earlier grant wins even if the repeat asked for a different amount.
 */
@Service
public class CreditService {

    private static final Logger log = LoggerFactory.getLogger(CreditService.class);
    private static final BigDecimal DAYS_PER_MONTH = BigDecimal.valueOf(30);

    private final BillingSystem billing;
    private final CustomerDirectory customers;
    private final TransactionTemplate transaction;

    public CreditService(BillingSystem billing, CustomerDirectory customers,
                         PlatformTransactionManager transactionManager) {
        this.billing = billing;
        this.customers = customers;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * @throws IllegalArgumentException for an unknown customer or credit type, a negative amount or
     *                                  number of days, or a missing key, case reference or reason
     */
    public CreditResult applyCredit(CreditRequest request) {
        CreditType type = validate(request);
        if (type == CreditType.NONE) {
            return CreditResult.nothing();
        }
        Optional<Credit> earlier = billing.creditByIdempotencyKey(request.idempotencyKey());
        if (earlier.isPresent()) {
            return already(earlier.get(), request);
        }
        if (customers.findById(request.customerId()).isEmpty()) {
            throw new IllegalArgumentException("Cannot credit customer " + request.customerId()
                    + " for case " + request.caseReference() + ": no such customer");
        }
        BigDecimal amount = type == CreditType.BILL_CREDIT
                ? request.amount().setScale(2, RoundingMode.HALF_UP)
                : freeDaysAmount(request.customerId(), request.freeDays());
        if (amount.signum() == 0) {
            return CreditResult.nothing();
        }
        NewCredit credit = new NewCredit(request.customerId(), request.caseReference(), request.idempotencyKey(), type,
                amount, type == CreditType.FREE_DAYS ? request.freeDays() : 0, request.reason());
        return transaction.execute(status -> write(credit, request));
    }

    /** Credits granted for a case, oldest first. */
    public List<Credit> creditsFor(String caseReference) {
        return billing.creditsFor(caseReference);
    }

    /** What {@code days} free days of the customer's active lines are worth. */
    public BigDecimal freeDaysAmount(long customerId, int days) {
        BigDecimal monthly = customers.subscriptionsOf(customerId).stream()
                .filter(Subscription::isActive)
                .map(line -> billing.pricePlan(line.planCode())
                        .orElseThrow(() -> new IllegalStateException("Line " + line.id() + " has an unknown plan "
                                + line.planCode()))
                        .monthlyPrice())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return monthly.multiply(BigDecimal.valueOf(days)).divide(DAYS_PER_MONTH, 2, RoundingMode.HALF_UP);
    }

    private CreditResult write(NewCredit credit, CreditRequest request) {
        Optional<Credit> inserted = billing.insertCreditIfAbsent(credit);
        if (inserted.isEmpty()) {
            // a concurrent call with the same key committed first
            return already(billing.creditByIdempotencyKey(credit.idempotencyKey()).orElseThrow(), request);
        }
        Credit written = inserted.get();
        Optional<Bill> bill = billing.nextOpenBill(credit.customerId());
        if (bill.isPresent()) {
            billing.addCreditLine(bill.get().id(), written);
            written = billing.creditByIdempotencyKey(credit.idempotencyKey()).orElseThrow();
        }
        log.info("Credited {} CNY ({}) to customer {} for {}{}", written.amount(), written.type().code(),
                written.customerId(), written.caseReference(),
                bill.map(b -> " on bill " + b.reference()).orElse(", for the next bill"));
        return new CreditResult(CreditResult.Outcome.APPLIED, written);
    }

    private static CreditResult already(Credit credit, CreditRequest request) {
        log.info("Credit {} for {} was already granted; nothing written", request.idempotencyKey(),
                credit.caseReference());
        return new CreditResult(CreditResult.Outcome.ALREADY_APPLIED, credit);
    }

    private static CreditType validate(CreditRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("A credit request is required");
        }
        CreditType type = CreditType.fromCode(request.creditType());
        if (type == CreditType.NONE) {
            return type;
        }
        requireText(request.idempotencyKey(), "an idempotency key");
        requireText(request.caseReference(), "a case reference");
        requireText(request.reason(), "a reason");
        if (request.amount() != null && request.amount().signum() < 0) {
            throw new IllegalArgumentException("A credit amount must be 0 or more, was " + request.amount()
                    + " (" + request.caseReference() + ")");
        }
        if (type == CreditType.BILL_CREDIT && request.amount() == null) {
            throw new IllegalArgumentException("A bill credit needs an amount (" + request.caseReference() + ")");
        }
        if (type == CreditType.FREE_DAYS && request.freeDays() < 0) {
            throw new IllegalArgumentException("Free days must be 0 or more, was " + request.freeDays()
                    + " (" + request.caseReference() + ")");
        }
        return type;
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A credit needs " + what);
        }
    }
}
