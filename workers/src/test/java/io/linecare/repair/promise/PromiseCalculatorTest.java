package io.linecare.repair.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.linecare.network.Area;
import io.linecare.network.NetworkInventory;
import io.linecare.network.WorkingDays;

class PromiseCalculatorTest {

    /** Friday 16:00 in Hangzhou. */
    private static final Instant FRIDAY_4PM = Instant.parse("2026-03-20T08:00:00Z");
    private static final Area XIHU = BusinessCalendarTest.area("A01", ZoneId.of("Asia/Shanghai"), "08:00", "20:00",
            WorkingDays.MON_SAT);

    private PromiseCalculator calculator;

    @BeforeEach
    void setUp() {
        NetworkInventory network = mock(NetworkInventory.class);
        when(network.area(anyString())).thenReturn(Optional.empty());
        when(network.area("A01")).thenReturn(Optional.of(XIHU));
        calculator = new PromiseCalculator(network, new BusinessCalendar());
    }

    @Test
    void aBusinessPromiseAndItsAtRiskPointAreOnTheAreaCalendar() {
        Promise promise = calculator.promise(FRIDAY_4PM, "A01", 8, "business");

        assertThat(promise.promisedAt()).isEqualTo(Instant.parse("2026-03-21T04:00:00Z")); // Sat 12:00
        // 80% of 8 working hours = 6 h 24 min: 4 h Friday, 2 h 24 min Saturday -> Sat 10:24
        assertThat(promise.atRiskAt()).isEqualTo(Instant.parse("2026-03-21T02:24:00Z"));
    }

    @Test
    void aBusinessPromiseReportedAtNightStartsCountingAtOpening() {
        // Sat 22:00: closed, Sunday closed; 16 h from Monday 08:00 -> Tue 12:00, at risk after 12.8 h -> Tue 08:48
        Promise promise = calculator.promise(Instant.parse("2026-03-21T14:00:00Z"), "A01", 16, "business");

        assertThat(promise.promisedAt()).isEqualTo(Instant.parse("2026-03-24T04:00:00Z"));
        assertThat(promise.atRiskAt()).isEqualTo(Instant.parse("2026-03-24T00:48:00Z"));
    }

    @Test
    void aRoundTheClockPromiseCountsEveryHour() {
        Promise promise = calculator.promise(FRIDAY_4PM, "A01", 4, "24x7");

        assertThat(promise.promisedAt()).isEqualTo(Instant.parse("2026-03-20T12:00:00Z"));
        assertThat(promise.atRiskAt()).isEqualTo(Instant.parse("2026-03-20T11:12:00Z")); // 3 h 12 min
    }

    @Test
    void unknownAreaCalendarOrNegativeHoursAreRejectedReadably() {
        assertThatThrownBy(() -> calculator.promise(FRIDAY_4PM, "A99", 8, "business"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A99");
        assertThatThrownBy(() -> calculator.promise(FRIDAY_4PM, "A01", 8, "weekdays"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weekdays");
        assertThatThrownBy(() -> calculator.promise(FRIDAY_4PM, "A01", -1, "24x7"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lateIsWallClockTimePastThePromiseAndZeroWhileKept() {
        Instant promised = Instant.parse("2026-03-21T04:00:00Z");

        assertThat(calculator.late(promised, Instant.parse("2026-03-21T03:59:00Z"))).isEqualTo(Duration.ZERO);
        assertThat(calculator.late(promised, promised)).isEqualTo(Duration.ZERO);
        // Sat 12:00 promise, Monday 09:30: the customer waited through Sunday too
        assertThat(calculator.late(promised, Instant.parse("2026-03-23T01:30:00Z"))).isEqualTo(Duration.ofMinutes(45 * 60 + 30));
    }

    @Test
    void hoursLateAreHoursToATenthRoundedUp() {
        Instant promised = Instant.parse("2026-03-21T04:00:00Z");

        assertThat(PromiseCalculator.hoursLate(promised, promised.plus(Duration.ofHours(5)))).isEqualTo(5.0);
        assertThat(PromiseCalculator.hoursLate(promised, promised.plus(Duration.ofMinutes(90)))).isEqualTo(1.5);
        // one second past a tenth is the next tenth
        assertThat(PromiseCalculator.hoursLate(promised, promised.plus(Duration.ofHours(5)).plusSeconds(1))).isEqualTo(5.1);
        assertThat(PromiseCalculator.hoursLate(promised, promised.plus(Duration.ofMinutes(6)))).isEqualTo(0.1);
        assertThat(PromiseCalculator.hoursLate(promised, promised.plus(Duration.ofMinutes(6)).plusSeconds(1))).isEqualTo(0.2);
        assertThat(PromiseCalculator.hoursLate(promised, promised.plus(Duration.ofMinutes(100)))).isEqualTo(1.7); // 1.67
    }

    @Test
    void aDelayOfAFewMinutesOrSecondsStillCountsAsLate() {
        Instant promised = Instant.parse("2026-03-21T04:00:00Z");

        assertThat(PromiseCalculator.hoursLate(promised, promised.plusSeconds(1))).isEqualTo(0.1);
        assertThat(PromiseCalculator.hoursLate(promised, promised.plus(Duration.ofMinutes(3)))).isEqualTo(0.1);
    }

    @Test
    void hoursLateCountWallClockTimeOverNightsAndWeekends() {
        // Sat 12:00 promise, Monday 09:30 Hangzhou: 45.5 h
        assertThat(PromiseCalculator.hoursLate(Instant.parse("2026-03-21T04:00:00Z"), Instant.parse("2026-03-23T01:30:00Z")))
                .isEqualTo(45.5);
    }
}
