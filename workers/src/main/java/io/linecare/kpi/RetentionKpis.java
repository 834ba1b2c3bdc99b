package io.linecare.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The cancellation-save measures over the requests taken in a period ({@code from}..{@code to}, UTC days,
 * both included; null = open). Rates are shares from 0 to 1 (4 decimals), null when there is nothing to
 * divide by; money in CNY; times in days (2 decimals).
 */
public record RetentionKpis(LocalDate from, LocalDate to, SaveRate saveRate, ReChurn reChurn90Days, OfferCost offerCost,
                            TimeToCancel timeToCancel) {

    /**
     * Of the requests whose save attempt has an outcome (accepted, declined, no contact), how many stayed
     * (accepted), in all, per offer type (none = nothing could be offered) and per reason.
     */
    public record SaveRate(long answered, long saved, BigDecimal rate, List<ByOfferType> byOfferType,
                           List<ByReason> byReason) {
    }

    public record ByOfferType(String offerType, long answered, long saved, BigDecimal rate) {
    }

    public record ByReason(String reason, long answered, long saved, BigDecimal rate) {
    }

    /** Of the saved customers checked 90 days later, how many had left or asked to cancel again. */
    public record ReChurn(long checked, long reChurned, BigDecimal rate) {
    }

    /** What the offers applied cost (the whole term of each), in total and on average. */
    public record OfferCost(long offersApplied, String currency, BigDecimal total, BigDecimal average) {
    }

    /** From the request to the disconnection, for the requests that ended in a disconnection. */
    public record TimeToCancel(long cancelled, BigDecimal medianDays, BigDecimal p90Days) {
    }
}
