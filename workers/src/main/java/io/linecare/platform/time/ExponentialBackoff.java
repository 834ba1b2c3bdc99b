package io.linecare.platform.time;

import java.time.Duration;

/** The one backoff rule of Linecare: {@code first}, doubled with each earlier failure, never above {@code max}. */
public final class ExponentialBackoff {

    private ExponentialBackoff() {
    }

    /** @param earlierFailures failures before this one (0 for the first retry) */
    public static Duration delay(Duration first, Duration max, int earlierFailures) {
        long millis = first.toMillis() << Math.min(Math.max(earlierFailures, 0), 20);
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
