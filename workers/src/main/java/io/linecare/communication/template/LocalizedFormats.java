package io.linecare.communication.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * Formats dates, time windows and amounts for a customer's locale and time zone. Templates never format:
 * they get these strings in their model.
 * <ul>
 * <li>en: {@code Thu 5 Mar 2026, 14:00}, window {@code Thu 5 Mar 2026, 09:00-12:00}, {@code CNY 20.00}</li>
 * <li>zh-CN: {@code 2026年3月5日（周四）14:00}, window {@code 2026年3月5日（周四）09:00-12:00}, {@code 20.00元}</li>
 * </ul>
 */
public final class LocalizedFormats {

    /** Used when a customer has no time zone on record. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日（EEE）", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final boolean chinese;
    private final ZoneId zone;

    public LocalizedFormats(Locale locale, ZoneId zone) {
        this.chinese = "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage());
        this.zone = zone == null ? DEFAULT_ZONE : zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** A date and time in the customer's zone, e.g. {@code Thu 5 Mar 2026, 14:00} / {@code 2026年3月5日（周四）14:00}. */
    public String dateTime(Instant instant) {
        ZonedDateTime t = instant.atZone(zone);
        return chinese ? ZH_DATE.format(t) + TIME.format(t) : EN_DATE.format(t) + ", " + TIME.format(t);
    }

    /** A time window; the date is written once when both ends fall on the same day. */
    public String window(Instant start, Instant end) {
        ZonedDateTime s = start.atZone(zone);
        ZonedDateTime e = end.atZone(zone);
        if (s.toLocalDate().equals(e.toLocalDate())) {
            return dateTime(start) + "-" + TIME.format(e);
        }
        return dateTime(start) + " - " + dateTime(end);
    }

    /** An amount with two decimals: {@code CNY 20.00} / {@code 20.00元} (other currencies: {@code 20.00 USD}). */
    public String money(BigDecimal amount, Currency currency) {
        String number = amount.setScale(currency.getDefaultFractionDigits() < 0 ? 2 : currency.getDefaultFractionDigits(),
                RoundingMode.HALF_UP).toPlainString();
        if (chinese) {
            return "CNY".equals(currency.getCurrencyCode()) ? number + "元" : number + " " + currency.getCurrencyCode();
        }
        return currency.getCurrencyCode() + " " + number;
    }
}
