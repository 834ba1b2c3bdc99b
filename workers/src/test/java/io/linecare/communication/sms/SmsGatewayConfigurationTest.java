package io.linecare.communication.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** linecare.sms.gateway chooses the gateway (no full application context needed). */
class SmsGatewayConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SmsHttpProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, SmsGatewayConfiguration.class)
            .withBean(RestClient.Builder.class, RestClient::builder)
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void recordingIsTheDefault() {
        runner.withBean(SentSmsLog.class, InMemorySentSmsLog::new)
                .run(context -> assertThat(context).getBean(SmsGateway.class).isInstanceOf(RecordingSmsGateway.class));
    }

    @Test
    void httpWhenConfigured() {
        runner.withBean(SentSmsLog.class, InMemorySentSmsLog::new)
                .withPropertyValues("linecare.sms.gateway=http", "linecare.sms.http.url=http://127.0.0.1:9/sms",
                        "linecare.sms.http.bearer-token=t", "linecare.sms.http.read-timeout=3s")
                .run(context -> assertThat(context).getBean(SmsGateway.class).isInstanceOf(HttpSmsGateway.class));
    }

    @Test
    void httpWithoutUrlFailsWithAClearMessage() {
        runner.withPropertyValues("linecare.sms.gateway=http")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("linecare.sms.http.url"));
    }
}
