package io.linecare.platform.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The workers authenticate at /engine-rest as a technical user. On a single node nobody needs to
 * know its password, so when none is configured we make a random one for this run instead of
 * shipping a default secret. Nodes that run workers apart from the engine must share a configured one.
 */
public class WorkerCredentialsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PASSWORD_PROPERTY = "linecare.worker.password";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty(PASSWORD_PROPERTY)) || environment.matchesProfiles("prod")) {
            return;
        }
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        environment.getPropertySources().addFirst(
                new MapPropertySource("linecareWorkerCredentials", Map.of(PASSWORD_PROPERTY, password)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
