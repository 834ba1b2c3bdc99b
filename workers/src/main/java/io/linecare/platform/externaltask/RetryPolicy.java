package io.linecare.platform.externaltask;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.linecare.platform.time.ExponentialBackoff;

/**
 * How technical faults are retried: {@code attempts} tries in all, waiting {@code firstBackoff},
 * then twice as long each time, never longer than {@code maxBackoff}. After the last try the task
 * becomes an incident in Cockpit.
 */
@ConfigurationProperties("linecare.workers.retry")
public record RetryPolicy(int attempts, Duration firstBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (attempts <= 0) {
            attempts = 4;
        }
        if (firstBackoff == null) {
            firstBackoff = Duration.ofSeconds(10);
        }
        if (maxBackoff == null) {
            maxBackoff = Duration.ofMinutes(10);
        }
    }

    /** Retries left after a failure, given the retries the engine reported (null on the first failure). */
    public int retriesLeftAfterFailure(Integer reportedRetries) {
        int left = reportedRetries == null ? attempts : reportedRetries;
        return Math.max(left - 1, 0);
    }

    /** The wait before the next try, growing exponentially with each failure already counted. */
    public Duration backoff(int retriesLeft) {
        return ExponentialBackoff.delay(firstBackoff, maxBackoff, attempts - retriesLeft - 1);
    }
}
