package io.linecare.dispute;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The dates a dispute promises. Policy values a product owner may change live here in one place;
 * the routing (who decides, limits, goodwill) is in dispute-routing.dmn.
 */
public final class DisputePolicy {

    /** Bills issued longer ago than this cannot be disputed. */
    public static final int DISPUTE_WINDOW_DAYS = 180;
    /** The promise: a decision within 10 working days (Monday to Friday). */
    public static final int DECISION_WORKING_DAYS = 10;
    /** The regulator's limit for a decision. */
    public static final int REGULATORY_DAYS = 30;
    /** The customer may appeal a decision within 14 days. */
    public static final int APPEAL_DAYS = 14;
    /** An appeal is decided within 10 days. */
    public static final int APPEAL_DECISION_DAYS = 10;
    /** Share of the time to the promise after which the case goes to billing-managers. */
    public static final double ESCALATE_AT_SHARE = 0.8;

    private DisputePolicy() {
    }

    public static Instant decisionBy(Instant received) {
        ZonedDateTime day = received.atZone(ZoneOffset.UTC);
        int added = 0;
        while (added < DECISION_WORKING_DAYS) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return day.toInstant();
    }

    public static Instant regulatoryDecisionBy(Instant received) {
        return received.plus(Duration.ofDays(REGULATORY_DAYS));
    }

    /** 80 % of the way from receipt to the promised decision. */
    public static Instant escalateAt(Instant received, Instant decisionBy) {
        long millis = Duration.between(received, decisionBy).toMillis();
        return received.plusMillis(Math.round(millis * ESCALATE_AT_SHARE));
    }

    /** When a credit decided now shows on a bill: the next bill run, on the 1st of next month. */
    public static Instant creditOnBillBy(Instant decidedAt) {
        return decidedAt.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).plusMonths(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public static Instant appealUntil(Instant decidedAt) {
        return decidedAt.plus(Duration.ofDays(APPEAL_DAYS));
    }

    public static Instant appealDecisionBy(Instant appealedAt) {
        return appealedAt.plus(Duration.ofDays(APPEAL_DECISION_DAYS));
    }
}
