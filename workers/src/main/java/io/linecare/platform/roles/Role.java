package io.linecare.platform.roles;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one Linecare node does. One jar, one switch: {@code linecare.roles=engine,workers,web}.
 * Several engine nodes share one PostgreSQL (Camunda's cluster model); worker-only nodes
 * fetch external tasks from a remote engine over REST.
 */
public enum Role {
    /** The Camunda engine, its REST API and the job executor. */
    ENGINE,
    /** The external-task client with the Linecare handlers. */
    WORKERS,
    /** Tasklist, Cockpit, Admin and the customer status page. */
    WEB;

    public static final String PROPERTY = "linecare.roles";

    public static Set<Role> parse(String value) {
        if (value == null || value.isBlank()) {
            return EnumSet.allOf(Role.class);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : value.split(",")) {
            String name = part.trim().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(PROPERTY + " contains unknown role '" + part.trim()
                        + "'; known roles are " + Arrays.stream(values()).map(Role::key).collect(Collectors.joining(", ")));
            }
        }
        if (roles.contains(WEB) && !roles.contains(ENGINE)) {
            throw new IllegalArgumentException(PROPERTY + "=" + value + ": the web role needs the engine role on the same node");
        }
        return roles;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
