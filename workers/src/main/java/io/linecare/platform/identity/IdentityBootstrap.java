package io.linecare.platform.identity;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/**
 * Brings groups, the first administrator, the workers' technical user and the access policy into
 * the engine at every start. Idempotent: authorizations are created or corrected to match
 * {@link AccessPolicy}. Runs while the context starts, before any worker opens a subscription.
 */
@Component
@ConditionalOnRole(Role.ENGINE)
public class IdentityBootstrap implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    /** Camunda's built-in administrators group, which the webapps' setup check looks at. */
    public static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final IdentityProperties properties;

    public IdentityBootstrap(ProcessEngine engine, IdentityProperties properties) {
        this.identityService = engine.getIdentityService();
        this.authorizationService = engine.getAuthorizationService();
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        for (LinecareGroup group : LinecareGroup.values()) {
            ensureGroup(group);
        }
        if (properties.admin() != null && properties.admin().isConfigured()) {
            ensureUser(properties.admin().user(), properties.admin().password(), false, "Linecare", "Administrator");
            ensureAdministrator(properties.admin().user());
        }
        if (properties.worker() != null && properties.worker().isConfigured()) {
            // the worker's password follows configuration so a rotated secret takes effect on restart
            ensureUser(properties.worker().user(), properties.worker().password(), true, "Linecare", "Workers");
            ensureMembership(properties.worker().user(), LinecareGroup.WORKERS);
        }
        int changed = applyPolicy(AccessPolicy.grants());
        log.info("Identity ready: {} groups, access policy applied ({} authorizations created or corrected)",
                LinecareGroup.values().length, changed);
    }

    void ensureGroup(LinecareGroup linecareGroup) {
        if (identityService.createGroupQuery().groupId(linecareGroup.id()).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(linecareGroup.id());
        group.setName(linecareGroup.displayName());
        group.setType(linecareGroup.isWorkforce() ? "WORKFLOW" : "SYSTEM");
        identityService.saveGroup(group);
    }

    /** Creates the user; an existing user keeps the password set in Admin unless {@code resetPassword}. */
    public void ensureUser(String id, String password, boolean resetPassword, String firstName, String lastName) {
        User user = identityService.createUserQuery().userId(id).singleResult();
        if (user == null) {
            user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(password);
            identityService.saveUser(user);
        } else if (resetPassword && !identityService.checkPassword(id, password)) {
            // checkPassword counts the failed attempt on the user row: reload before changing it
            User current = identityService.createUserQuery().userId(id).singleResult();
            current.setPassword(password);
            identityService.saveUser(current);
            identityService.unlockUser(id);
        }
    }

    public void ensureMembership(String userId, LinecareGroup group) {
        ensureMembership(userId, group.id());
    }

    /**
     * Administrators are also members of Camunda's own {@code camunda-admin} group: the webapps send
     * every visitor to the setup page while that group has no member.
     */
    public void ensureAdministrator(String userId) {
        ensureMembership(userId, LinecareGroup.ADMINS.id());
        if (identityService.createGroupQuery().groupId(CAMUNDA_ADMIN_GROUP).count() == 0) {
            Group group = identityService.newGroup(CAMUNDA_ADMIN_GROUP);
            group.setName("Camunda administrators");
            group.setType("SYSTEM");
            identityService.saveGroup(group);
        }
        ensureMembership(userId, CAMUNDA_ADMIN_GROUP);
    }

    private void ensureMembership(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    private int applyPolicy(List<Grant> grants) {
        Map<GrantKey, Set<Permission>> merged = new LinkedHashMap<>();
        for (Grant grant : grants) {
            merged.computeIfAbsent(new GrantKey(grant.group(), grant.resource(), grant.resourceId()),
                    key -> new LinkedHashSet<>()).addAll(grant.permissions());
        }
        int changed = 0;
        for (Map.Entry<GrantKey, Set<Permission>> entry : merged.entrySet()) {
            if (applyGrant(entry.getKey(), entry.getValue())) {
                changed++;
            }
        }
        return changed;
    }

    private boolean applyGrant(GrantKey key, Set<Permission> permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(key.group().id())
                .resourceType(key.resource())
                .resourceId(key.resourceId())
                .singleResult();
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing != null && samePermissions(existing, key.resource(), permissions)) {
            return false;
        }
        authorization.setGroupId(key.group().id());
        authorization.setResource(key.resource());
        authorization.setResourceId(key.resourceId());
        authorization.setPermissions(permissions.toArray(Permission[]::new));
        authorizationService.saveAuthorization(authorization);
        return true;
    }

    private static boolean samePermissions(Authorization authorization, Resource resource, Set<Permission> wanted) {
        int wantedBits = wanted.stream().mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
        int grantedBits = 0;
        for (Permission permission : authorization.getPermissions(
                ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType()))) {
            grantedBits |= permission.getValue();
        }
        return grantedBits == wantedBits;
    }

    private record GrantKey(LinecareGroup group, Resource resource, String resourceId) {
    }
}
