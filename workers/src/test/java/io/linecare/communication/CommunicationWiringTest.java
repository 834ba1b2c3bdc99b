package io.linecare.communication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

import io.linecare.communication.email.EmailComposer;
import io.linecare.communication.email.EmailProperties;
import io.linecare.communication.sms.SmsGateway;
import io.linecare.communication.sms.SmsTextPolicy;
import io.linecare.communication.template.MessageRenderer;

/** The package's beans start on their own with default settings (as in the default run), without a database. */
class CommunicationWiringTest {

    @Configuration(proxyBeanMethods = false)
    @ComponentScan("io.linecare.communication")
    @ConfigurationPropertiesScan("io.linecare.communication")
    static class Scan {
    }

    @Test
    void defaultSettingsGiveRendererComposerAndSmsPolicy() {
        new ApplicationContextRunner()
                .withUserConfiguration(Scan.class)
                .withBean(RestClient.Builder.class, RestClient::builder)
                .withPropertyValues("linecare.mail.from=care@linecare.example")
                .run(context -> {
                    assertThat(context).hasNotFailed()
                            .hasSingleBean(MessageRenderer.class)
                            .hasSingleBean(EmailComposer.class)
                            .hasSingleBean(SmsTextPolicy.class)
                            // recording gateway waits for the outbox's JDBC SentSmsLog
                            .doesNotHaveBean(SmsGateway.class);
                    assertThat(context.getBean(EmailProperties.class).messageIdDomain()).isEqualTo("linecare.local");
                });
    }
}
