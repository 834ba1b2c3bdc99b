package io.linecare.communication.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.linecare.platform.time.ExponentialBackoff;

/**
 * How the dispatcher works through the outbox.
 *
 * @param batchSize    messages claimed per round
 * @param lease        how long a claimed message is reserved; a node that dies mid-send frees it then
 * @param maxAttempts  tries before a message is marked failed
 * @param firstBackoff wait after the first failure, doubled each time up to {@code maxBackoff}
 */
@ConfigurationProperties("linecare.communication.dispatch")
public record DispatchProperties(int batchSize, Duration lease, int maxAttempts, Duration firstBackoff,
                                 Duration maxBackoff) {

    public DispatchProperties {
        batchSize = batchSize > 0 ? batchSize : 50;
        lease = lease != null ? lease : Duration.ofMinutes(2);
        maxAttempts = maxAttempts > 0 ? maxAttempts : 10;
        firstBackoff = firstBackoff != null ? firstBackoff : Duration.ofSeconds(30);
        maxBackoff = maxBackoff != null ? maxBackoff : Duration.ofMinutes(30);
    }

    Duration backoffAfter(int attempts) {
        return ExponentialBackoff.delay(firstBackoff, maxBackoff, attempts - 1);
    }
}
