package io.linecare.platform.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import io.linecare.platform.roles.ConditionalOnRole;
import io.linecare.platform.roles.Role;

/**
 * The Tasklist filters every staff member starts with, created at start and corrected when their
 * definition here changes (matched by name). Every staff group may read all filters (AccessPolicy);
 * the queries use the logged-in user's own groups, so each person sees their work.
 */
@Component
@ConditionalOnRole(Role.ENGINE)
public class TasklistFilters implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    /** Case facts shown as columns on every task card. */
    private static final List<Map<String, String>> CASE_COLUMNS = List.of(
            column("customerName", "Customer"),
            column("tier", "Tier"),
            column("promisedAt", "Promised by"));

    record Definition(String name, String description, int priority, TaskQuery query) {
    }

    private final FilterService filterService;
    private final TaskService taskService;

    public TasklistFilters(ProcessEngine engine) {
        this.filterService = engine.getFilterService();
        this.taskService = engine.getTaskService();
    }

    List<Definition> definitions() {
        return List.of(
                new Definition("My group's queue", "Open tasks for my groups, oldest first", -20,
                        myGroups().orderByTaskCreateTime().asc()),
                new Definition("Assigned to me", "Tasks I have claimed", -15,
                        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")
                                .orderByDueDate().asc()),
                new Definition("Promise at risk", "Due within 2 hours or overdue, soonest first", -10,
                        myGroups().dueBeforeExpression("${dateTime().plusHours(2).toDate()}")
                                .orderByDueDate().asc()),
                new Definition("Big clients", "Tasks for enterprise and big-client cases", -5,
                        myGroups().processVariableValueEquals("bigClient", true).orderByDueDate().asc()),
                new Definition("Waiting for customer", "Tasks parked until their follow-up date", 0,
                        myGroups().followUpAfterExpression("${now()}").orderByFollowUpDate().asc()));
    }

    @Override
    public void afterPropertiesSet() {
        int changed = 0;
        for (Definition definition : definitions()) {
            if (apply(definition)) {
                changed++;
            }
        }
        log.info("Tasklist filters ready ({} created or updated)", changed);
    }

    private boolean apply(Definition definition) {
        Filter existing = filterService.createFilterQuery().filterName(definition.name()).singleResult();
        Map<String, Object> properties = properties(definition);
        if (existing != null && sameQuery(existing, definition.query()) && properties.equals(existing.getProperties())) {
            return false;
        }
        Filter filter = existing != null ? existing : filterService.newTaskFilter(definition.name());
        filter.setQuery(definition.query());
        filter.setProperties(properties);
        filterService.saveFilter(filter);
        return true;
    }

    /** Compares queries the way the engine stores them: as their JSON form. */
    private static boolean sameQuery(Filter filter, TaskQuery wanted) {
        JsonTaskQueryConverter json = new JsonTaskQueryConverter();
        return json.toJsonObject((TaskQuery) filter.getQuery()).toString().equals(json.toJsonObject(wanted).toString());
    }

    private static Map<String, Object> properties(Definition definition) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", definition.description());
        properties.put("priority", definition.priority());
        properties.put("refresh", true);
        properties.put("variables", CASE_COLUMNS);
        return properties;
    }

    private TaskQuery myGroups() {
        return taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}");
    }

    private static Map<String, String> column(String name, String label) {
        Map<String, String> column = new LinkedHashMap<>();
        column.put("name", name);
        column.put("label", label);
        return column;
    }
}
