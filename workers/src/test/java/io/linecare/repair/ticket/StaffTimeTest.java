package io.linecare.repair.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffTimeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Thu 10 Dec 2026 18:00 in Shanghai. */
    private static final Instant DEADLINE = Instant.parse("2026-12-10T10:00:00Z");

    @Test
    void aDeadlineIsShownInTheStaffZoneWithTheTimeLeftAndWhenThatWasCounted() {
        Instant now = Instant.parse("2026-12-05T01:12:00Z"); // Sat 5 Dec 09:12 in Shanghai

        assertThat(StaffTime.due(DEADLINE, now, SHANGHAI))
                .isEqualTo("Thu 10 Dec 2026 18:00 (Asia/Shanghai), in 5 days as of Sat 5 Dec 09:12");
    }

    @Test
    void theSameMomentReadsInAnotherZoneWithThatZoneNamed() {
        Instant now = Instant.parse("2026-12-10T08:00:00Z");

        assertThat(StaffTime.due(DEADLINE, now, ZoneId.of("Europe/Berlin")))
                .isEqualTo("Thu 10 Dec 2026 11:00 (Europe/Berlin), in 2 h as of Thu 10 Dec 09:00");
    }

    @ParameterizedTest(name = "{0} left -> {1}")
    @CsvSource({
            "P5DT23H,   in 5 days",
            "P2D,       in 2 days",
            "PT47H59M,  in 47 h",
            "PT2H,      in 2 h",
            "PT1H59M,   in 119 min",
            "PT1M,      in 1 min",
            "PT30S,     due now",
            "PT0S,      due now",
            "-PT30S,    1 min overdue",
            "-PT3H10M,  3 h overdue",
            "-P3DT1H,   3 days overdue",
    })
    void theTimeLeftIsRoundedDownSoItIsNeverOverstated(String left, String shown) {
        assertThat(StaffTime.timeLeft(Duration.parse(left))).isEqualTo(shown);
    }
}
