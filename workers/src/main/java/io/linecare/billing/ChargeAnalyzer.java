package io.linecare.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.linecare.customer.CustomerDirectory;
import io.linecare.customer.Subscription;

/**
 * The automatic check of a billing dispute ({@code billing.analyze-charge}). For each disputed line:
 *
 * <ul>
 *   <li>recurring charges against the plan's price in force at the start of the period, where a
 *       price <em>increase</em> counts only if it was announced to customers before it took effect
 *       (an unannounced rise is a clear error: the customer owes the old price);</li>
 *   <li>usage charges against the line's rated usage records for the period;</li>
 *   <li>the same charge twice on one bill (same line, kind, description and amount);</li>
 * </ul>
 * and for each disputed line's subscription, outages in the bill period (fault tickets the network
 * found to be an area outage) for which no credit was ever granted. One-off charges cannot be checked
 * automatically; they are listed for the reviewer.
 *
 * <p>An error on a line is owed only up to what the customer disputes on that line; the total is
 * capped at the disputed amount (more owed than disputed is for a person to see, not to auto-credit).
 */
@Service
public class ChargeAnalyzer {

    static final BigDecimal DAYS_PER_MONTH = BigDecimal.valueOf(30);

    private final BillingSystem billing;
    private final HoldService holds;
    private final CustomerDirectory customers;
    private final JdbcClient jdbc;

    public ChargeAnalyzer(BillingSystem billing, HoldService holds, CustomerDirectory customers, JdbcClient jdbc) {
        this.billing = billing;
        this.holds = holds;
        this.customers = customers;
        this.jdbc = jdbc;
    }

    /** @throws IllegalArgumentException when the case names no disputed lines */
    public ChargeAnalysis analyze(String caseReference) {
        List<DisputedCharge> disputed = holds.disputedCharges(caseReference);
        if (disputed.isEmpty()) {
            throw new IllegalArgumentException("Dispute " + caseReference + " has no disputed lines to check");
        }
        Bill bill = billing.bill(disputed.get(0).billId()).orElseThrow();
        List<BillLine> billLines = billing.linesOf(bill.id());
        List<ChargeAnalysis.Finding> findings = new ArrayList<>();
        Set<Long> duplicateCounted = new LinkedHashSet<>();
        BigDecimal owed = BigDecimal.ZERO;
        Set<Long> subscriptions = new LinkedHashSet<>();
        for (DisputedCharge charge : disputed) {
            List<ChargeAnalysis.Finding> lineFindings = new ArrayList<>();
            duplicate(charge, billLines, duplicateCounted).ifPresent(lineFindings::add);
            if (lineFindings.isEmpty()) {
                lineFindings.add(checkCharge(charge, bill));
            }
            BigDecimal lineOwed = lineFindings.stream().map(ChargeAnalysis.Finding::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).min(charge.disputedAmount());
            owed = owed.add(lineOwed);
            findings.addAll(lineFindings);
            if (charge.subscriptionId() != null) {
                subscriptions.add(charge.subscriptionId());
            }
        }
        for (Long subscriptionId : subscriptions) {
            for (ChargeAnalysis.Finding outage : unpaidOutageCredits(subscriptionId, bill)) {
                owed = owed.add(outage.amount());
                findings.add(outage);
            }
        }
        BigDecimal disputedTotal = disputed.stream().map(DisputedCharge::disputedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal provable = owed.min(disputedTotal).setScale(2, RoundingMode.HALF_UP);
        String result = provable.signum() == 0 ? ChargeAnalysis.NO_ERROR_FOUND
                : provable.compareTo(disputedTotal) >= 0 ? ChargeAnalysis.CLEAR_ERROR : ChargeAnalysis.PARTIAL_ERROR;
        return new ChargeAnalysis(result, provable, List.copyOf(findings));
    }

    private ChargeAnalysis.Finding checkCharge(DisputedCharge charge, Bill bill) {
        if (charge.subscriptionId() == null || charge.kind() == BillLineKind.ONE_OFF || charge.kind() == BillLineKind.CREDIT) {
            return finding("unverifiable", charge, BigDecimal.ZERO, "'" + charge.description() + "' ("
                    + money(charge.amount()) + ") cannot be checked automatically; please review it.");
        }
        if (charge.kind() == BillLineKind.RECURRING) {
            return recurring(charge, bill);
        }
        return usage(charge, bill);
    }

    private ChargeAnalysis.Finding recurring(DisputedCharge charge, Bill bill) {
        Subscription line = customers.findSubscription(charge.subscriptionId()).orElseThrow(() ->
                new IllegalStateException("Bill line " + charge.billLineId() + " names unknown line " + charge.subscriptionId()));
        PricePlan plan = billing.pricePlan(line.planCode()).orElseThrow(() ->
                new IllegalStateException("Line " + line.id() + " has an unknown plan " + line.planCode()));
        LocalDate day = bill.periodStart();
        List<PriceChange> changes = billing.priceChanges(plan.code()).stream()
                .sorted(Comparator.comparing(PriceChange::effectiveFrom)).toList();
        BigDecimal fair = changes.isEmpty() ? plan.monthlyPrice() : changes.get(0).oldPrice();
        PriceChange unannounced = null;
        for (PriceChange change : changes) {
            if (change.effectiveFrom().isAfter(day)) {
                break;
            }
            boolean rise = change.newPrice().compareTo(change.oldPrice()) > 0;
            boolean announcedInTime = change.wasAnnounced() && !change.announcedOn().isAfter(change.effectiveFrom());
            if (rise && !announcedInTime) {
                unannounced = change; // the customer keeps the price they were told
            } else {
                fair = change.newPrice();
            }
        }
        BigDecimal excess = charge.amount().subtract(fair);
        if (excess.signum() <= 0) {
            return finding("plan-price", charge, BigDecimal.ZERO, "'" + charge.description() + "' charges "
                    + money(charge.amount()) + ", the price of plan " + plan.code() + " on " + day + " was " + money(fair) + ".");
        }
        if (unannounced != null && charge.amount().compareTo(unannounced.newPrice()) == 0) {
            return finding("unannounced-price-change", charge, excess, "The price of plan " + plan.code() + " rose from "
                    + money(unannounced.oldPrice()) + " to " + money(unannounced.newPrice()) + " on "
                    + unannounced.effectiveFrom() + " but this was never announced to you, so " + money(excess)
                    + " of '" + charge.description() + "' was charged in error.");
        }
        return finding("plan-price", charge, excess, "'" + charge.description() + "' charges " + money(charge.amount())
                + " but plan " + plan.code() + " cost " + money(fair) + " on " + day + ": " + money(excess) + " too much.");
    }

    private ChargeAnalysis.Finding usage(DisputedCharge charge, Bill bill) {
        BigDecimal rated = billing.usageOf(charge.subscriptionId(), bill.periodStart(), bill.periodEnd()).stream()
                .map(UsageRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal excess = charge.amount().subtract(rated);
        if (excess.signum() <= 0) {
            return finding("usage", charge, BigDecimal.ZERO, "'" + charge.description() + "' charges " + money(charge.amount())
                    + "; the usage records of the period add up to " + money(rated) + ".");
        }
        return finding("usage", charge, excess, "'" + charge.description() + "' charges " + money(charge.amount())
                + " but the usage records of the period add up to " + money(rated) + ": " + money(excess)
                + " was charged twice or without usage.");
    }

    private static java.util.Optional<ChargeAnalysis.Finding> duplicate(DisputedCharge charge, List<BillLine> billLines,
                                                                      Set<Long> counted) {
        for (BillLine other : billLines) {
            boolean same = other.id() != charge.billLineId() && other.kind() == charge.kind()
                    && java.util.Objects.equals(other.subscriptionId(), charge.subscriptionId())
                    && other.description().equals(charge.description()) && other.amount().compareTo(charge.amount()) == 0;
            if (!same) {
                continue;
            }
            // when both copies are disputed, only one of them is the error
            if (counted.contains(other.id())) {
                return java.util.Optional.empty();
            }
            counted.add(charge.billLineId());
            return java.util.Optional.of(finding("duplicate-charge", charge, charge.amount(), "'" + charge.description()
                    + "' (" + money(charge.amount()) + ") appears twice on the bill; the second charge is an error."));
        }
        return java.util.Optional.empty();
    }

    private List<ChargeAnalysis.Finding> unpaidOutageCredits(long subscriptionId, Bill bill) {
        Subscription line = customers.findSubscription(subscriptionId).orElse(null);
        if (line == null) {
            return List.of();
        }
        BigDecimal monthly = billing.pricePlan(line.planCode()).map(PricePlan::monthlyPrice).orElse(BigDecimal.ZERO);
        OffsetDateTime from = bill.periodStart().atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime to = bill.periodEnd().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        return jdbc.sql("""
                        select t.id, t.creation_date, t.last_update from linecare.trouble_ticket t
                         where t.subscription_id = :line and t.line_status = 'area-outage'
                           and t.creation_date >= :from and t.creation_date < :to
                           and not exists (select 1 from linecare.credit c where c.case_reference = t.id)
                         order by t.creation_date""")
                .param("line", subscriptionId).param("from", from).param("to", to)
                .query((rs, row) -> {
                    OffsetDateTime start = rs.getObject("creation_date", OffsetDateTime.class);
                    OffsetDateTime end = rs.getObject("last_update", OffsetDateTime.class);
                    long hours = Math.max(1, Duration.between(start, end).toHours());
                    long days = Math.max(1, (hours + 23) / 24);
                    BigDecimal amount = monthly.multiply(BigDecimal.valueOf(days)).divide(DAYS_PER_MONTH, 2, RoundingMode.HALF_UP);
                    return new ChargeAnalysis.Finding("outage-credit-owed", null, amount, "The outage on line "
                            + line.lineNumber() + " reported in " + rs.getString("id") + " (" + start.toLocalDate() + ", "
                            + days + (days == 1 ? " day" : " days") + ") was never credited: " + money(amount) + " is owed.");
                })
                .list();
    }

    private static ChargeAnalysis.Finding finding(String kind, DisputedCharge charge, BigDecimal amount, String text) {
        return new ChargeAnalysis.Finding(kind, charge.billLineId(), amount.setScale(2, RoundingMode.HALF_UP), text);
    }

    private static String money(BigDecimal amount) {
        return "CNY " + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
