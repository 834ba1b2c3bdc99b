package io.linecare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import io.linecare.support.LinecareIntegrationTest;

/**
 * Least privilege per group, checked in the running engine with the demo logins: each group may
 * start and follow its own processes, reach only its webapps, and only process owners deploy.
 */
class AccessPolicyIT extends LinecareIntegrationTest {

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    IdentityService identityService;

    @Autowired
    Environment environment;

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @CsvSource({
            // frontline takes calls: reports faults by phone in Tasklist, follows the customer-facing cases;
            // the cases themselves are opened through the intake APIs, never started in the engine directly
            "wang.fang,  PROCESS_DEFINITION, report-fault,      CREATE_INSTANCE, true",
            "wang.fang,  PROCESS_DEFINITION, fault-repair,      READ_INSTANCE,   true",
            "wang.fang,  PROCESS_DEFINITION, fault-repair,      CREATE_INSTANCE, false",
            "wang.fang,  PROCESS_DEFINITION, billing-dispute,   CREATE_INSTANCE, false",
            "wang.fang,  PROCESS_DEFINITION, cancellation-save, CREATE_INSTANCE, false",
            // ... with the Tasklist start forms of the dispute and cancellation intakes
            "wang.fang,  PROCESS_DEFINITION, open-dispute,      CREATE_INSTANCE, true",
            "wang.fang,  PROCESS_DEFINITION, request-cancellation, CREATE_INSTANCE, true",
            "wang.fang,  PROCESS_DEFINITION, complaint-group,   READ,            false",
            "wang.fang,  DEPLOYMENT,         *,                 CREATE,          false",
            "wang.fang,  APPLICATION,        tasklist,          ACCESS,          true",
            "wang.fang,  APPLICATION,        cockpit,           ACCESS,          false",
            // dispatch works the fault-repair queue, may reassign its tasks
            "zhao.lei,   PROCESS_DEFINITION, fault-repair,      UPDATE_TASK,     true",
            "zhao.lei,   PROCESS_DEFINITION, billing-dispute,   READ,            false",
            // the phone intake form is frontline's: dispatch opens tickets through the API only
            "zhao.lei,   PROCESS_DEFINITION, report-fault,      CREATE_INSTANCE, false",
            // field technicians see their visits only
            "chen.jie,   PROCESS_DEFINITION, fault-repair,      READ_INSTANCE,   false",
            "chen.jie,   APPLICATION,        cockpit,           ACCESS,          false",
            // billing managers follow disputes in Cockpit, not repairs
            "wu.qiang,   PROCESS_DEFINITION, billing-dispute,   UPDATE_TASK,     true",
            "wu.qiang,   PROCESS_DEFINITION, fault-repair,      READ,            false",
            "wu.qiang,   APPLICATION,        cockpit,           ACCESS,          true",
            "zhou.min,   PROCESS_DEFINITION, billing-dispute,   UPDATE_TASK,     false",
            "he.jing,    PROCESS_DEFINITION, cancellation-save, READ_INSTANCE,   true",
            "he.jing,    PROCESS_DEFINITION, cancellation-save, CREATE_INSTANCE, false",
            "zhou.min,   PROCESS_DEFINITION, billing-dispute,   CREATE_INSTANCE, false",
            "wu.qiang,   PROCESS_DEFINITION, billing-dispute,   CREATE_INSTANCE, false",
            // billing agents and managers open disputes from letters with the start form too; retention does not
            "zhou.min,   PROCESS_DEFINITION, open-dispute,      CREATE_INSTANCE, true",
            "wu.qiang,   PROCESS_DEFINITION, open-dispute,      CREATE_INSTANCE, true",
            "he.jing,    PROCESS_DEFINITION, open-dispute,      CREATE_INSTANCE, false",
            "zhou.min,   PROCESS_DEFINITION, request-cancellation, CREATE_INSTANCE, false",
            "zhao.lei,   PROCESS_DEFINITION, open-dispute,      CREATE_INSTANCE, false",
            "he.jing,    PROCESS_DEFINITION, request-cancellation, CREATE_INSTANCE, true",
            "he.jing,    PROCESS_DEFINITION, fault-repair,      READ,            false",
            "gao.peng,   PROCESS_DEFINITION, complaint-group,   READ_TASK,       true",
            "gao.peng,   PROCESS_DEFINITION, billing-dispute,   READ,            false",
            // deploying is code execution: process owners and admins only
            "lin.xue,    DEPLOYMENT,         *,                 CREATE,          true",
            "lin.xue,    APPLICATION,        admin,             ACCESS,          false",
            "demo-admin, APPLICATION,        admin,             ACCESS,          true",
            "demo-admin, DEPLOYMENT,         *,                 CREATE,          true",
    })
    void eachGroupReachesOnlyItsWork(String user, String resource, String resourceId, String permission,
                                     boolean allowed) {
        Resources type = Resources.valueOf(resource);
        assertThat(authorized(user, type, resourceId, permission(type, permission))).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "the workers {0} {1} {2} -> {3}")
    @CsvSource({
            "PROCESS_DEFINITION, fault-repair, UPDATE_INSTANCE, true",
            "PROCESS_DEFINITION, fault-repair, READ_INSTANCE,   true",
            "DEPLOYMENT,         *,            CREATE,          false",
            "APPLICATION,        tasklist,     ACCESS,          false",
            "USER,               *,            READ,            false",
    })
    void theWorkersMayOnlyRunTasks(String resource, String resourceId, String permission, boolean allowed) {
        String worker = environment.getProperty("linecare.worker.user");
        Resources type = Resources.valueOf(resource);
        assertThat(authorized(worker, type, resourceId, permission(type, permission))).isEqualTo(allowed);
    }

    private boolean authorized(String user, Resource resource, String resourceId, Permission permission) {
        var groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        return authorizationService.isUserAuthorized(user, groups, permission, resource, resourceId);
    }

    private static Permission permission(Resources resource, String name) {
        return resource == Resources.PROCESS_DEFINITION ? ProcessDefinitionPermissions.valueOf(name)
                : Permissions.valueOf(name);
    }
}
