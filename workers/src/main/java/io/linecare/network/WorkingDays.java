package io.linecare.network;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * The working-week patterns an area's business calendar can have, as stored ({@code MON-SAT}).
 * A closed list on purpose: the table constrains it the same way.
 */
public enum WorkingDays {
    MON_FRI("MON-FRI", DayOfWeek.FRIDAY),
    MON_SAT("MON-SAT", DayOfWeek.SATURDAY),
    MON_SUN("MON-SUN", DayOfWeek.SUNDAY);

    private final String code;
    private final Set<DayOfWeek> days;

    WorkingDays(String code, DayOfWeek last) {
        this.code = code;
        this.days = EnumSet.range(DayOfWeek.MONDAY, last);
    }

    public String code() {
        return code;
    }

    public boolean includes(DayOfWeek day) {
        return days.contains(day);
    }

    public static WorkingDays fromCode(String code) {
        for (WorkingDays pattern : values()) {
            if (pattern.code.equals(code)) {
                return pattern;
            }
        }
        throw new IllegalArgumentException("Unknown working days '" + code + "'");
    }
}
