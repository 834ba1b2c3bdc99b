package io.linecare.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    @Test
    void lateEveningWaitsForTomorrowMorning() {
        // 23:30 Shanghai = 15:30 UTC
        assertThat(night.earliestDelivery(Instant.parse("2026-11-23T15:30:00Z"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
    }

    @Test
    void earlyMorningWaitsForTheEndOfTheSameNight() {
        // 06:10 Shanghai = 22:10 UTC the day before
        assertThat(night.earliestDelivery(Instant.parse("2026-11-23T22:10:00Z"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
    }

    @Test
    void daytimeGoesAtOnce() {
        Instant noon = Instant.parse("2026-11-24T04:00:00Z");
        assertThat(night.earliestDelivery(noon, SHANGHAI)).isEqualTo(noon);
    }

    @Test
    void boundariesStartQuietAndEndLoud() {
        Instant ninePm = Instant.parse("2026-11-23T13:00:00Z");
        Instant eightAm = Instant.parse("2026-11-24T00:00:00Z");
        assertThat(night.earliestDelivery(ninePm, SHANGHAI)).isEqualTo(eightAm);
        assertThat(night.earliestDelivery(eightAm, SHANGHAI)).isEqualTo(eightAm);
    }

    @Test
    void quietHoursWithinOneDay() {
        QuietHours siesta = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));
        assertThat(siesta.earliestDelivery(Instant.parse("2026-11-24T04:30:00Z"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-11-24T06:00:00Z"));
    }
}
