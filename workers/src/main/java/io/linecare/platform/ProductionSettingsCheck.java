package io.linecare.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * In the {@code prod} profile Linecare refuses to start without its database and its first
 * administrator: there are no defaults to fall back to, and we say at once what is missing
 * rather than fail later on a connection or start with an open setup page.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

    /** property → environment variable that sets it in prod */
    static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("spring.datasource.url", "LINECARE_DB_URL");
        REQUIRED.put("spring.datasource.username", "LINECARE_DB_USER");
        REQUIRED.put("spring.datasource.password", "LINECARE_DB_PASSWORD");
        REQUIRED.put("linecare.admin.user", "LINECARE_ADMIN_USER");
        REQUIRED.put("linecare.admin.password", "LINECARE_ADMIN_PASSWORD");
        REQUIRED.put("linecare.worker.password", "LINECARE_WORKER_PASSWORD");
        REQUIRED.put("linecare.status.secret", "LINECARE_STATUS_LINK_SECRET");
        REQUIRED.put("linecare.status.base-url", "LINECARE_STATUS_BASE_URL");
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles("prod")) {
            return;
        }
        List<String> missing = new ArrayList<>();
        REQUIRED.forEach((property, variable) -> {
            if (!StringUtils.hasText(environment.getProperty(property))) {
                missing.add(variable);
            }
        });
        if (!missing.isEmpty()) {
            throw new MissingProductionSettingsException(missing);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
