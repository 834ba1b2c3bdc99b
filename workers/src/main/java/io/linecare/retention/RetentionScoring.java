package io.linecare.retention;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Churn risk and customer-lifetime-value band from the facts, as plain arithmetic a retention lead can
 * read and change here. Risk is how likely the customer leaves even with an offer: points for a short
 * tenure, broken repair promises, recent faults, a low (or no) NPS answer and a reason with a concrete
 * alternative. CLTV is the margin we expect over the months the customer would still stay.
 */
public final class RetentionScoring {

    /** The share of the monthly spend that is margin. */
    static final BigDecimal MARGIN = new BigDecimal("0.35");
    static final BigDecimal LOW_CLTV_BELOW = new BigDecimal("500");
    static final BigDecimal HIGH_CLTV_FROM = new BigDecimal("2000");

    private RetentionScoring() {
    }

    /**
     * @param openCases the customer's open faults and disputes, oldest first
     */
    public record Facts(int tenureMonths, BigDecimal monthlySpend, String tier, int recentFaults, int promisesKept,
                        int promisesBroken, Integer npsScore, CancellationReason reason, List<OpenCases.OpenCase> openCases) {
    }

    public record Score(int riskPoints, String churnRisk, BigDecimal cltvAmount, String cltvBand) {
    }

    public static Score score(Facts facts) {
        int points = 0;
        points += facts.tenureMonths() < 12 ? 2 : facts.tenureMonths() < 24 ? 1 : 0;
        points += facts.promisesBroken() >= 2 ? 3 : facts.promisesBroken() == 1 ? 2 : 0;
        points += facts.recentFaults() >= 3 ? 2 : facts.recentFaults() >= 1 ? 1 : 0;
        Integer nps = facts.npsScore();
        points += nps == null ? 1 : nps <= 6 ? 2 : nps <= 8 ? 1 : 0;
        points += switch (facts.reason()) {
            case PRICE, COMPETITOR_OFFER -> 1;
            case MOVING_AWAY -> 3;
            default -> 0;
        };
        String risk = points <= 2 ? "low" : points <= 5 ? "medium" : "high";

        int expectedMonths = Math.max(12, Math.min(60, 12 + facts.tenureMonths() / 2));
        BigDecimal stayShare = switch (risk) {
            case "low" -> BigDecimal.ONE;
            case "medium" -> new BigDecimal("0.75");
            default -> new BigDecimal("0.5");
        };
        BigDecimal cltv = facts.monthlySpend().multiply(MARGIN).multiply(BigDecimal.valueOf(expectedMonths))
                .multiply(stayShare).setScale(2, RoundingMode.HALF_UP);
        String band = cltv.compareTo(LOW_CLTV_BELOW) < 0 ? "low" : cltv.compareTo(HIGH_CLTV_FROM) < 0 ? "medium" : "high";
        return new Score(points, risk, cltv, band);
    }
}
