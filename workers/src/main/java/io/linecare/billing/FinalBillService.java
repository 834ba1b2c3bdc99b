package io.linecare.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linecare.customer.ServiceType;

/**
 * What a cancelled line still owes or is owed. The pro-rata credit is for the days of the last month
 * after the line's last day, at the line's monthly price / 30 per day (the house rule for day prices, as
 * for free days), granted through {@link CreditService} under {@code <case>:final-bill} so it is paid
 * once; it goes on the bill being prepared, if there is one. Linecare does not create bills: the billing run puts the credit on the final bill.
 * The equipment fee is charged only when the flow asks (after two reminders), once.
 */
@Service
public class FinalBillService {

    private static final BigDecimal DAYS_PER_MONTH = BigDecimal.valueOf(30);

    private final CreditService credits;
    private final JdbcClient jdbc;
    private final Clock clock;

    public FinalBillService(CreditService credits, JdbcClient jdbc, Clock clock) {
        this.credits = credits;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The router, voice adapter or set-top box the customer sends back, and what it costs when they do not. */
    public static BigDecimal equipmentFee(ServiceType serviceType) {
        return switch (serviceType) {
            case BROADBAND -> new BigDecimal("200.00");
            case VOIP -> new BigDecimal("80.00");
            case CABLE_TV -> new BigDecimal("300.00");
        };
    }

    /**
     * The line's monthly charge covers calendar months (the billing period), so the month the line ends
     * in is credited for the days after the last day: monthly price × those days / 30, at most one month.
     * The monthly price is what the customer pays that month: the plan's, less any retention offer then
     * running (a speed upgrade's faster plan is billed at the old price, a discount lowers it).
     *
     * @return the credit granted for the case (now or by an earlier call), zero when the line ends on a month's last day
     */
    public BigDecimal prorataCredit(String caseReference, long customerId, long subscriptionId, LocalDate lastDay) {
        BigDecimal price = jdbc.sql("""
                        select greatest(p.monthly_price - coalesce((select sum(a.monthly_reduction)
                                   from linecare.retention_offer_applied a
                                   where a.subscription_id = s.id and ? between a.starts_on and a.ends_on), 0), 0)
                        from linecare.subscription s join linecare.price_plan p on p.code = s.plan_code
                        where s.id = ? and s.customer_id = ?""")
                .params(lastDay, subscriptionId, customerId).query(BigDecimal.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No line " + subscriptionId + " of customer " + customerId));
        long unusedDays = ChronoUnit.DAYS.between(lastDay, YearMonth.from(lastDay).atEndOfMonth());
        BigDecimal amount = price.multiply(BigDecimal.valueOf(unusedDays)).divide(DAYS_PER_MONTH, 2, RoundingMode.HALF_UP)
                .min(price);
        CreditResult result = credits.applyCredit(new CreditRequest(customerId, caseReference, caseReference + ":final-bill",
                amount.signum() > 0 ? CreditType.BILL_CREDIT.code() : CreditType.NONE.code(), amount, 0,
                "Final bill " + caseReference + ": " + unusedDays + " days after the line ends on " + lastDay));
        return result.amount();
    }

    public enum FeeOutcome { CHARGED, ALREADY_CHARGED, RETURNED }

    /** Charges the equipment fee unless the equipment came back; a repeat charges nothing. */
    @Transactional
    public FeeOutcome chargeEquipmentFee(String caseReference, long customerId, String reason) {
        Instant now = clock.instant();
        Optional<BigDecimal> fee = jdbc.sql("""
                        update linecare.equipment_return set status = 'fee-charged', fee_charged_at = ?
                        where cancellation_reference = ? and status = 'awaiting' returning fee_amount""")
                .params(Timestamp.from(now), caseReference).query(BigDecimal.class).optional();
        if (fee.isEmpty()) {
            String status = jdbc.sql("select status from linecare.equipment_return where cancellation_reference = ?")
                    .param(caseReference).query(String.class).optional()
                    .orElseThrow(() -> new IllegalArgumentException("No equipment return is expected for " + caseReference));
            return "returned".equals(status) ? FeeOutcome.RETURNED : FeeOutcome.ALREADY_CHARGED;
        }
        // on the bill still being prepared; otherwise the billing run finds the charge on equipment_return
        jdbc.sql("select id from linecare.bill where customer_id = ? and state = 'new' order by period_start limit 1")
                .param(customerId).query(Long.class).optional().ifPresent(billId -> {
                    long line = jdbc.sql("""
                                    insert into linecare.bill_line (bill_id, kind, description, amount)
                                    values (?, 'one-off', ?, ?) returning id""")
                            .params(billId, reason, fee.get()).query(Long.class).single();
                    jdbc.sql("update linecare.bill set total = total + ? where id = ?").params(fee.get(), billId).update();
                    jdbc.sql("update linecare.equipment_return set fee_bill_line_id = ? where cancellation_reference = ?")
                            .params(line, caseReference).update();
                });
        return FeeOutcome.CHARGED;
    }
}
