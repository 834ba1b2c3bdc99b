package io.linecare.communication.status;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Status-page links on every node (workers put them into customer messages); the pages themselves are
 * served by the web role only ({@link StatusPageController}, {@link AccountPageController}). Case and
 * account links share one key, resolved once (a random key per start must be the same for both).
 */
@Configuration(proxyBeanMethods = false)
public class StatusLinksConfiguration {

    /** The resolved signing key of the status site. */
    record StatusLinkKey(byte[] secret) {
    }

    @Bean
    StatusLinkKey statusLinkKey(StatusPageProperties properties, Environment environment) {
        return new StatusLinkKey(StatusLinkSecret.resolve(properties.secret(), environment.matchesProfiles("prod"),
                properties.secretFile()));
    }

    @Bean
    StatusLinks statusLinks(StatusLinkKey key, StatusPageProperties properties) {
        return new StatusLinks(key.secret(), properties.baseUrl(), properties.linkTtl(), Clock.systemUTC());
    }

    @Bean
    AccountLinks accountLinks(StatusLinkKey key, StatusPageProperties properties) {
        return new AccountLinks(key.secret(), properties.baseUrl(), properties.linkTtl(), Clock.systemUTC());
    }
}
