package io.linecare.repair.promise;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;

import io.linecare.network.Area;
import io.linecare.network.NetworkInventory;

/**
 * Turns sla-policy's {@code restoreHours} and {@code calendar} into the dates a case promises, on the
 * business calendar of the customer's area.
 */
@Service
public class PromiseCalculator {

    /** The share of the promised span after which a case is at risk: 4/5. */
    private static final int AT_RISK_NUMERATOR = 4;
    private static final int AT_RISK_DENOMINATOR = 5;

    private final NetworkInventory network;
    private final BusinessCalendar calendar;

    public PromiseCalculator(NetworkInventory network, BusinessCalendar calendar) {
        this.network = network;
        this.calendar = calendar;
    }

    /**
     * @param calendar "business" (the area's working hours) or "24x7", as sla-policy.dmn outputs it
     * @throws IllegalArgumentException for an unknown area or calendar (checked for 24x7 too, so a
     *                                  wrong area is caught whichever calendar applies), or negative hours
     */
    public Promise promise(Instant reportedAt, String areaId, int restoreHours, String calendar) {
        if (restoreHours < 0) {
            throw new IllegalArgumentException("restoreHours must not be negative, was " + restoreHours);
        }
        Duration span = Duration.ofHours(restoreHours);
        Duration atRiskSpan = span.multipliedBy(AT_RISK_NUMERATOR).dividedBy(AT_RISK_DENOMINATOR);
        PromiseCalendar kind = PromiseCalendar.fromCode(calendar);
        Area area = network.area(areaId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown area '" + areaId + "'"));
        return switch (kind) {
            case ROUND_THE_CLOCK -> new Promise(this.calendar.addRoundTheClock(reportedAt, span),
                    this.calendar.addRoundTheClock(reportedAt, atRiskSpan));
            case BUSINESS -> new Promise(this.calendar.addWorkingHours(reportedAt, span, area),
                    this.calendar.addWorkingHours(reportedAt, atRiskSpan, area));
        };
    }

    /**
     * How late a promise is at {@code now}, in wall-clock time (the customer waits through nights
     * and weekends too); zero while it is still kept. compensation-policy.dmn takes it as hoursLate.
     */
    public Duration late(Instant promisedAt, Instant now) {
        return now.isAfter(promisedAt) ? Duration.between(promisedAt, now) : Duration.ZERO;
    }

    /**
     * A delay as compensation-policy's {@code hoursLate}: hours to one decimal, rounded up, so a delay of
     * a few minutes still counts as late.
     */
    public static double hoursLate(Instant promised, Instant actual) {
        Duration late = Duration.between(promised, actual);
        return Math.ceil(Math.max(late.toSeconds(), 1) / 360.0) / 10.0;
    }
}
