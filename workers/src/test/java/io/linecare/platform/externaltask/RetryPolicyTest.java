package io.linecare.platform.externaltask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(10), Duration.ofSeconds(60));

    @Test
    void countsDownFromTheConfiguredAttempts() {
        assertThat(policy.retriesLeftAfterFailure(null)).isEqualTo(3);
        assertThat(policy.retriesLeftAfterFailure(3)).isEqualTo(2);
        assertThat(policy.retriesLeftAfterFailure(1)).isZero();
        assertThat(policy.retriesLeftAfterFailure(0)).isZero();
    }

    @Test
    void backoffDoublesAndIsCapped() {
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.backoff(0)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void defaultsApplyWhenNothingIsConfigured() {
        RetryPolicy defaults = new RetryPolicy(0, null, null);

        assertThat(defaults.attempts()).isEqualTo(4);
        assertThat(defaults.firstBackoff()).isEqualTo(Duration.ofSeconds(10));
    }
}
