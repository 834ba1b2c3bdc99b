package io.linecare.communication.status;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Status-page links on every node (workers put them into customer messages); the page itself is
 * served by the web role only ({@link StatusPageController}).
 */
@Configuration(proxyBeanMethods = false)
public class StatusLinksConfiguration {

    @Bean
    StatusLinks statusLinks(StatusPageProperties properties, Environment environment) {
        byte[] secret = StatusLinkSecret.resolve(properties.secret(), environment.matchesProfiles("prod"),
                properties.secretFile());
        return new StatusLinks(secret, properties.baseUrl(), properties.linkTtl(), Clock.systemUTC());
    }
}
