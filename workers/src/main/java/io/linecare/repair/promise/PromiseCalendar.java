package io.linecare.repair.promise;

/** The calendars sla-policy.dmn can choose for a promise, as its {@code calendar} output spells them. */
public enum PromiseCalendar {
    /** the area's working hours on its working days */
    BUSINESS("business"),
    /** every hour counts */
    ROUND_THE_CLOCK("24x7");

    private final String code;

    PromiseCalendar(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static PromiseCalendar fromCode(String code) {
        for (PromiseCalendar calendar : values()) {
            if (calendar.code.equals(code)) {
                return calendar;
            }
        }
        throw new IllegalArgumentException("Unknown promise calendar '" + code + "' (expected 'business' or '24x7')");
    }
}
