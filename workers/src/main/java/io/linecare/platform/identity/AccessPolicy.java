package io.linecare.platform.identity;

import static io.linecare.platform.identity.LinecareGroup.ADMINS;
import static io.linecare.platform.identity.LinecareGroup.BILLING;
import static io.linecare.platform.identity.LinecareGroup.BILLING_MANAGERS;
import static io.linecare.platform.identity.LinecareGroup.DISPATCH;
import static io.linecare.platform.identity.LinecareGroup.FIELD_TECH;
import static io.linecare.platform.identity.LinecareGroup.FRONTLINE;
import static io.linecare.platform.identity.LinecareGroup.NETWORK_ANALYSTS;
import static io.linecare.platform.identity.LinecareGroup.PROCESS_OWNERS;
import static io.linecare.platform.identity.LinecareGroup.RETENTION;
import static io.linecare.platform.identity.LinecareGroup.WORKERS;
import static io.linecare.platform.identity.ProcessKeys.BILLING_DISPUTE;
import static io.linecare.platform.identity.ProcessKeys.CANCELLATION_SAVE;
import static io.linecare.platform.identity.ProcessKeys.COMPLAINT_GROUP;
import static io.linecare.platform.identity.ProcessKeys.FAULT_REPAIR;
import static io.linecare.platform.identity.ProcessKeys.OPEN_DISPUTE;
import static io.linecare.platform.identity.ProcessKeys.REPORT_FAULT;
import static io.linecare.platform.identity.ProcessKeys.REQUEST_CANCELLATION;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_TASK;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * Least privilege per group, in one place. Tasks themselves are reached through candidate groups
 * (Camunda grants the candidates TASK_WORK on each task); this policy adds what a role needs beyond
 * its own tasks. The README's rights table is generated from the same intent and a test proves it.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static List<Grant> grants() {
        List<Grant> grants = new ArrayList<>();
        for (LinecareGroup group : LinecareGroup.values()) {
            if (group.isWorkforce()) {
                grants.add(Grant.of(group, Resources.APPLICATION, "tasklist", ACCESS));
                grants.add(Grant.of(group, Resources.FILTER, ANY, READ));
            }
        }
        for (LinecareGroup group : List.of(BILLING_MANAGERS, NETWORK_ANALYSTS, PROCESS_OWNERS)) {
            grants.add(Grant.of(group, Resources.APPLICATION, "cockpit", ACCESS));
        }

        // Cases are opened through Linecare's intake (TMF621, /api/disputes, /api/cancellations), which
        // checks the request and stores the case with its process; nobody starts those processes in the
        // engine directly (an instance started there has no ticket, dispute or request behind it).
        // Agents taking a call report a fault with report-fault's start form in Tasklist.
        startAndFollow(grants, FRONTLINE, REPORT_FAULT);
        follow(grants, FRONTLINE, FAULT_REPAIR);
        follow(grants, FRONTLINE, BILLING_DISPUTE);
        follow(grants, FRONTLINE, CANCELLATION_SAVE);
        // ... and open disputes and take cancellations with the start forms of open-dispute and request-cancellation
        startAndFollow(grants, FRONTLINE, OPEN_DISPUTE);
        startAndFollow(grants, FRONTLINE, REQUEST_CANCELLATION);

        grants.add(Grant.of(DISPATCH, Resources.PROCESS_DEFINITION, FAULT_REPAIR,
                READ, READ_INSTANCE, READ_TASK, UPDATE_TASK));
        grants.add(Grant.of(FIELD_TECH, Resources.PROCESS_DEFINITION, FAULT_REPAIR, READ));

        follow(grants, BILLING, BILLING_DISPUTE);
        startAndFollow(grants, BILLING, OPEN_DISPUTE);
        startAndFollow(grants, BILLING_MANAGERS, OPEN_DISPUTE);
        grants.add(Grant.of(BILLING_MANAGERS, Resources.PROCESS_DEFINITION, BILLING_DISPUTE,
                READ, READ_INSTANCE, READ_TASK, UPDATE_TASK, READ_HISTORY));

        follow(grants, RETENTION, CANCELLATION_SAVE);
        startAndFollow(grants, RETENTION, REQUEST_CANCELLATION);

        grants.add(Grant.of(NETWORK_ANALYSTS, Resources.PROCESS_DEFINITION, COMPLAINT_GROUP,
                READ, READ_INSTANCE, READ_TASK, READ_HISTORY));
        grants.add(Grant.of(NETWORK_ANALYSTS, Resources.PROCESS_DEFINITION, FAULT_REPAIR, READ, READ_INSTANCE));

        // Deploying is code execution: only process owners (and admins) create deployments.
        grants.add(Grant.of(PROCESS_OWNERS, Resources.DEPLOYMENT, ANY, CREATE, READ, DELETE));
        grants.add(Grant.of(PROCESS_OWNERS, Resources.PROCESS_DEFINITION, ANY, READ, UPDATE, READ_INSTANCE, READ_HISTORY));
        grants.add(Grant.of(PROCESS_OWNERS, Resources.DECISION_DEFINITION, ANY, READ, UPDATE, Permissions.READ_HISTORY));
        grants.add(Grant.of(PROCESS_OWNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, READ));

        for (Resources resource : Resources.values()) {
            grants.add(Grant.of(ADMINS, resource, ANY, ALL));
        }

        // The workers fetch, lock and complete external tasks: nothing else.
        grants.add(Grant.of(WORKERS, Resources.PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, UPDATE_INSTANCE));
        grants.add(Grant.of(WORKERS, Resources.PROCESS_INSTANCE, ANY, READ, UPDATE));
        return grants;
    }

    private static void startAndFollow(List<Grant> grants, LinecareGroup group, String processKey) {
        Permission[] permissions = {READ, CREATE_INSTANCE, READ_INSTANCE};
        grants.add(Grant.of(group, Resources.PROCESS_DEFINITION, processKey, permissions));
        grants.add(Grant.of(group, Resources.PROCESS_INSTANCE, ANY, CREATE));
    }

    private static void follow(List<Grant> grants, LinecareGroup group, String processKey) {
        grants.add(Grant.of(group, Resources.PROCESS_DEFINITION, processKey, READ, READ_INSTANCE));
    }
}
