package io.linecare.repair.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.linecare.network.Area;
import io.linecare.network.WorkingDays;

/** Fixed instants in UTC; the comments give the area's local time. 2026-03-20 is a Friday. */
class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Hangzhou city districts: 08:00-20:00, Monday to Saturday. */
    private static final Area CITY = area("A01", SHANGHAI, "08:00", "20:00", WorkingDays.MON_SAT);
    /** Rural Fuyang: 08:30-17:30, Monday to Friday. */
    private static final Area RURAL = area("A11", SHANGHAI, "08:30", "17:30", WorkingDays.MON_FRI);
    private static final Area EVERY_DAY = area("A02", SHANGHAI, "08:00", "20:00", WorkingDays.MON_SUN);

    private final BusinessCalendar calendar = new BusinessCalendar();

    @ParameterizedTest(name = "{0} + {1} h on 08:00-20:00 Mon-Sat -> {2} ({3})")
    @CsvSource(delimiter = '|', value = {
            // Fri 16:00 + 8 h: 4 h on Friday, 4 h on Saturday -> Sat 12:00
            "2026-03-20T08:00:00Z | 8  | 2026-03-21T04:00:00Z | Friday into Saturday",
            // Sat 18:00 + 4 h: 2 h on Saturday, Sunday closed, 2 h on Monday -> Mon 10:00
            "2026-03-21T10:00:00Z | 4  | 2026-03-23T02:00:00Z | over the closed Sunday",
            // Sun 11:00 (closed) + 1 h -> Mon 09:00
            "2026-03-22T03:00:00Z | 1  | 2026-03-23T01:00:00Z | reported on Sunday",
            // Wed 21:30 (after closing) + 1 h -> Thu 09:00
            "2026-03-18T13:30:00Z | 1  | 2026-03-19T01:00:00Z | reported in the evening",
            // Thu 06:00 (before opening) + 2 h -> Thu 10:00
            "2026-03-18T22:00:00Z | 2  | 2026-03-19T02:00:00Z | reported before opening, UTC date is the day before",
            // Wed 16:00 + 4 h uses the day up exactly: closing time, not the next morning
            "2026-03-18T08:00:00Z | 4  | 2026-03-18T12:00:00Z | exactly to closing time",
            // Wed 14:30 + 24 h: 5.5 h Wed, 12 h Thu, 6.5 h Fri -> Fri 14:30
            "2026-03-18T06:30:00Z | 24 | 2026-03-20T06:30:00Z | several days",
    })
    void countsOnlyWorkingHoursOfTheCityCalendar(Instant start, int hours, Instant expected, String what) {
        assertThat(calendar.addWorkingHours(start, Duration.ofHours(hours), CITY)).isEqualTo(expected);
    }

    @Test
    void aMondayToFridayAreaSkipsTheWholeWeekend() {
        // Fri 16:00 + 16 h: 1.5 h Friday, 9 h Monday, 5.5 h Tuesday -> Tue 14:00
        assertThat(calendar.addWorkingHours(Instant.parse("2026-03-20T08:00:00Z"), Duration.ofHours(16), RURAL))
                .isEqualTo(Instant.parse("2026-03-24T06:00:00Z"));
    }

    @Test
    void anEveryDayAreaWorksOnSundayAndAcrossMidnightContinuesNextMorning() {
        // Sat 19:00 + 3 h: 1 h Saturday, 2 h Sunday -> Sun 10:00
        assertThat(calendar.addWorkingHours(Instant.parse("2026-03-21T11:00:00Z"), Duration.ofHours(3), EVERY_DAY))
                .isEqualTo(Instant.parse("2026-03-22T02:00:00Z"));
    }

    @Test
    void minutesAreKept() {
        // Fri 16:00 + 6 h 24 min: 4 h Friday, 2 h 24 min Saturday -> Sat 10:24
        assertThat(calendar.addWorkingHours(Instant.parse("2026-03-20T08:00:00Z"), Duration.ofMinutes(384), CITY))
                .isEqualTo(Instant.parse("2026-03-21T02:24:00Z"));
    }

    @Test
    void addingNothingReturnsTheStartEvenOutsideWorkingHours() {
        Instant sundayNight = Instant.parse("2026-03-22T14:00:00Z");
        assertThat(calendar.addWorkingHours(sundayNight, Duration.ZERO, CITY)).isEqualTo(sundayNight);
    }

    @Test
    void theAreaZoneDecidesNotUtc() {
        // 08:00-20:00 in Berlin on the day summer time starts (29 March 2026): Sunday is closed
        Area berlin = area("A90", ZoneId.of("Europe/Berlin"), "08:00", "20:00", WorkingDays.MON_SAT);
        // Sat 19:00 CET (18:00Z) + 2 h: 1 h Saturday, 1 h Monday 08:00 CEST (06:00Z) -> 07:00Z
        assertThat(calendar.addWorkingHours(Instant.parse("2026-03-28T18:00:00Z"), Duration.ofHours(2), berlin))
                .isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
        // the same instant in Shanghai is Sunday 02:00: closed, so Monday 08:00+08:00 + 2 h
        assertThat(calendar.addWorkingHours(Instant.parse("2026-03-28T18:00:00Z"), Duration.ofHours(2), CITY))
                .isEqualTo(Instant.parse("2026-03-30T02:00:00Z"));
    }

    @Test
    void aDayShortenedBySummerTimeHasOneHourLess() {
        Area night = area("A91", ZoneId.of("Europe/Berlin"), "01:00", "05:00", WorkingDays.MON_SUN);
        // Sun 29 March 01:00 CET (00:00Z): 02:00-03:00 does not exist, so 3 h end at 05:00 CEST (03:00Z)
        assertThat(calendar.addWorkingHours(Instant.parse("2026-03-29T00:00:00Z"), Duration.ofHours(3), night))
                .isEqualTo(Instant.parse("2026-03-29T03:00:00Z"));
    }

    @Test
    void roundTheClockCountsEveryHour() {
        // Sat 18:00 Shanghai + 16 h -> Sun 10:00, whatever the area's hours
        assertThat(calendar.addRoundTheClock(Instant.parse("2026-03-21T10:00:00Z"), Duration.ofHours(16)))
                .isEqualTo(Instant.parse("2026-03-22T02:00:00Z"));
    }

    @Test
    void negativeDurationsAreRejected() {
        assertThatThrownBy(() -> calendar.addWorkingHours(Instant.EPOCH, Duration.ofHours(-1), CITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> calendar.addRoundTheClock(Instant.EPOCH, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Area area(String id, ZoneId zone, String opens, String closes, WorkingDays days) {
        return new Area(id, "杭州", "test", "Test " + id, zone, LocalTime.parse(opens), LocalTime.parse(closes), days);
    }
}
