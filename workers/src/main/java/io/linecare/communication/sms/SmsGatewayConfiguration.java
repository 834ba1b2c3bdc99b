package io.linecare.communication.sms;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * Chooses the SMS gateway with {@code linecare.sms.gateway}: {@code recording} (default) or {@code http}.
 * <p>
 * The recording gateway needs a {@link SentSmsLog} bean; until the outbox brings its JDBC implementation there is
 * none, so no recording gateway is created (the condition is evaluated after component scanning, which is where
 * the JDBC log will come from).
 */
@Configuration(proxyBeanMethods = false)
public class SmsGatewayConfiguration {

    public static final String GATEWAY_PROPERTY = "linecare.sms.gateway";

    @Bean
    public SmsSegmenter smsSegmenter() {
        return new SmsSegmenter();
    }

    @Bean
    public SmsTextPolicy smsTextPolicy(SmsSegmenter segmenter) {
        return new SmsTextPolicy(segmenter);
    }

    @Bean
    @ConditionalOnProperty(name = GATEWAY_PROPERTY, havingValue = "http")
    public SmsGateway httpSmsGateway(RestClient.Builder restClientBuilder, SmsHttpProperties properties) {
        return new HttpSmsGateway(restClientBuilder, properties);
    }

    @Bean
    @ConditionalOnProperty(name = GATEWAY_PROPERTY, havingValue = "recording", matchIfMissing = true)
    @ConditionalOnBean(SentSmsLog.class)
    public SmsGateway recordingSmsGateway(SentSmsLog log, ObjectProvider<Clock> clock) {
        return new RecordingSmsGateway(log, clock.getIfAvailable(Clock::systemUTC));
    }
}
