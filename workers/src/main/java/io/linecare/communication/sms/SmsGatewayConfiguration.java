package io.linecare.communication.sms;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * Chooses the SMS gateway with {@code linecare.sms.gateway}: {@code recording} (default) or {@code http}.
 * The recording gateway of the default run keeps what it "sent" in {@link SentSmsLog} (table sms_log).
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
    public SmsGateway recordingSmsGateway(SentSmsLog log, Clock clock) {
        return new RecordingSmsGateway(log, clock);
    }
}
