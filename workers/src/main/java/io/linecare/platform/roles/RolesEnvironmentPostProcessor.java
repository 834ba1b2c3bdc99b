package io.linecare.platform.roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Translates {@code linecare.roles} into the Camunda starters' own switches, so that a node
 * without the engine role starts no engine, no REST API and no webapps, and a node without the
 * workers role opens no external-task subscriptions.
 */
public class RolesEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String ENGINE_AUTOCONFIG = "org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration";
    static final String REST_AUTOCONFIG = "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration";
    static final String WEBAPP_AUTOCONFIG = "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration";
    static final String CLIENT_AUTOCONFIG = "org.camunda.bpm.client.spring.boot.starter.impl.ClientAutoConfiguration";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Set<Role> roles = Role.parse(environment.getProperty(Role.PROPERTY));
        List<String> excludes = new ArrayList<>();
        Map<String, Object> derived = new HashMap<>();
        if (!roles.contains(Role.ENGINE)) {
            excludes.add(ENGINE_AUTOCONFIG);
            excludes.add(REST_AUTOCONFIG);
            derived.put("camunda.bpm.enabled", "false");
        }
        if (!roles.contains(Role.WEB)) {
            excludes.add(WEBAPP_AUTOCONFIG);
            derived.put("camunda.bpm.webapp.enabled", "false");
        }
        if (!roles.contains(Role.WORKERS)) {
            excludes.add(CLIENT_AUTOCONFIG);
        }
        if (!excludes.isEmpty()) {
            String existing = environment.getProperty("spring.autoconfigure.exclude");
            if (StringUtils.hasText(existing)) {
                excludes.add(0, existing);
            }
            derived.put("spring.autoconfigure.exclude", String.join(",", excludes));
        }
        environment.getPropertySources().addFirst(new MapPropertySource("linecareRoles", derived));
    }

    @Override
    public int getOrder() {
        // after application.yaml and the environment have been read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
