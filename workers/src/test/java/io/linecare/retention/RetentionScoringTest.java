package io.linecare.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class RetentionScoringTest {

    @Test
    void aLoyalPromoterWithNoFaultsIsLowRiskAndHighValue() {
        RetentionScoring.Score score = RetentionScoring.score(facts(96, "300.00", 0, 0, 10, CancellationReason.NOT_USING));

        assertThat(score.churnRisk()).isEqualTo("low");
        assertThat(score.riskPoints()).isZero();
        // 300 × 0.35 × min(60, 12 + 48) months, nothing taken off for a low risk
        assertThat(score.cltvAmount()).isEqualByComparingTo("6300.00");
        assertThat(score.cltvBand()).isEqualTo("high");
    }

    @Test
    void brokenPromisesShortTenureAndADetractorMakeAHighRiskWhoseValueIsHalved() {
        RetentionScoring.Score score = RetentionScoring.score(facts(6, "100.00", 3, 2, 3, CancellationReason.COMPETITOR_OFFER));

        // tenure 2 + broken promises 3 + faults 2 + detractor 2 + competitor 1
        assertThat(score.riskPoints()).isEqualTo(10);
        assertThat(score.churnRisk()).isEqualTo("high");
        // 100 × 0.35 × (12 + 6 / 2) months × 0.5
        assertThat(score.cltvAmount()).isEqualByComparingTo("262.50");
        assertThat(score.cltvBand()).isEqualTo("low");
    }

    @Test
    void noNpsAnswerAndOneBrokenPromiseIsAMediumRisk() {
        RetentionScoring.Score score = RetentionScoring.score(facts(30, "150.00", 1, 1, null, CancellationReason.SERVICE_QUALITY));

        assertThat(score.riskPoints()).isEqualTo(4);
        assertThat(score.churnRisk()).isEqualTo("medium");
        // 150 × 0.35 × 27 months × 0.75
        assertThat(score.cltvAmount()).isEqualByComparingTo("1063.13");
        assertThat(score.cltvBand()).isEqualTo("medium");
    }

    private static RetentionScoring.Facts facts(int tenure, String spend, int faults, int broken, Integer nps, CancellationReason reason) {
        return new RetentionScoring.Facts(tenure, new BigDecimal(spend), "premium", faults, Math.max(0, faults - broken), broken, nps,
                reason, List.of());
    }
}
