package io.linecare.communication.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocalizedFormatsTest {

    private static final Instant T = Instant.parse("2026-03-05T06:00:00Z");

    @Test
    void formatsInTheCustomersZoneDefaultingToShanghai() {
        assertThat(new LocalizedFormats(Locale.ENGLISH, null).dateTime(T)).isEqualTo("Thu 5 Mar 2026, 14:00");
        assertThat(new LocalizedFormats(Locale.ENGLISH, ZoneId.of("Europe/London")).dateTime(T)).isEqualTo("Thu 5 Mar 2026, 06:00");
        assertThat(new LocalizedFormats(Locale.forLanguageTag("zh-CN"), null).dateTime(T)).isEqualTo("2026年3月5日（周四）14:00");
    }

    @Test
    void windowsWriteTheDateOnceOnTheSameDay() {
        LocalizedFormats en = new LocalizedFormats(Locale.ENGLISH, null);
        assertThat(en.window(T, T.plusSeconds(3 * 3600))).isEqualTo("Thu 5 Mar 2026, 14:00-17:00");
        assertThat(en.window(T, T.plusSeconds(24 * 3600))).isEqualTo("Thu 5 Mar 2026, 14:00 - Fri 6 Mar 2026, 14:00");
        assertThat(new LocalizedFormats(Locale.forLanguageTag("zh-CN"), null).window(T, T.plusSeconds(3600)))
                .isEqualTo("2026年3月5日（周四）14:00-15:00");
    }

    @Test
    void money() {
        Currency cny = Currency.getInstance("CNY");
        assertThat(new LocalizedFormats(Locale.ENGLISH, null).money(new BigDecimal("20"), cny)).isEqualTo("CNY 20.00");
        assertThat(new LocalizedFormats(Locale.forLanguageTag("zh-CN"), null).money(new BigDecimal("20.005"), cny)).isEqualTo("20.01元");
        assertThat(new LocalizedFormats(Locale.forLanguageTag("zh-CN"), null).money(BigDecimal.ONE, Currency.getInstance("USD")))
                .isEqualTo("1.00 USD");
    }
}
