package io.linecare.platform.identity;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** One line of the access policy: a group may do these things to this resource (id or "*"). */
public record Grant(LinecareGroup group, Resource resource, String resourceId, List<Permission> permissions) {

    public static Grant of(LinecareGroup group, Resource resource, String resourceId, Permission... permissions) {
        return new Grant(group, resource, resourceId, List.of(permissions));
    }
}
