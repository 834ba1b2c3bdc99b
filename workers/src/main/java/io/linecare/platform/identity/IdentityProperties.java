package io.linecare.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first administrator and the workers' technical user, both from the environment. */
@ConfigurationProperties("linecare")
public record IdentityProperties(Account admin, Account worker) {

    public record Account(String user, String password) {
        public boolean isConfigured() {
            return user != null && !user.isBlank() && password != null && !password.isBlank();
        }
    }
}
