package io.linecare.communication.status;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two languages of the status page, and how a request picks one. */
final class PageLanguage {

    static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");
    static final Locale EN = Locale.ENGLISH;
    /** Linecare's customers are in China: without any hint the page is Chinese. */
    static final Locale DEFAULT = ZH_CN;

    private PageLanguage() {
    }

    /** "en", "en-GB" → en; "zh", "zh-CN", "zh-Hans-CN" → zh-CN; anything else → empty. */
    static Optional<Locale> supported(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return switch (locale.getLanguage()) {
            case "en" -> Optional.of(EN);
            case "zh" -> Optional.of(ZH_CN);
            default -> Optional.empty();
        };
    }

    static Optional<Locale> parameter(String lang) {
        if ("en".equals(lang)) {
            return Optional.of(EN);
        }
        if ("zh-CN".equalsIgnoreCase(lang)) {
            return Optional.of(ZH_CN);
        }
        return Optional.empty();
    }

    /** The first supported language of the browser's Accept-Language list (already ordered by quality). */
    static Optional<Locale> fromBrowser(List<Locale> accepted) {
        return accepted.stream().map(PageLanguage::supported).flatMap(Optional::stream).findFirst();
    }

    static String tag(Locale locale) {
        return ZH_CN.equals(locale) ? "zh-CN" : "en";
    }

    static Locale other(Locale locale) {
        return ZH_CN.equals(locale) ? EN : ZH_CN;
    }
}
