package io.linecare.platform.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.linecare.support.Http;
import io.linecare.support.LinecareIntegrationTest;

/** Every staff member finds the Linecare filters in Tasklist, and each one runs for them. */
class TasklistFiltersIT extends LinecareIntegrationTest {

    private static final List<String> NAMES = List.of("My group's queue", "Assigned to me", "Promise at risk",
            "Big clients", "Waiting for customer");

    @Autowired
    TasklistFilters filters;

    @Autowired
    FilterService filterService;

    @Test
    void staffSeeTheFiltersAndEachOneRuns() {
        for (String user : List.of("wang.fang", "chen.jie", "wu.qiang")) {
            List<Map<String, Object>> visible = Http.as(baseUrl(), user, DEMO_PASSWORD).get()
                    .uri("/engine-rest/filter?resourceType=Task").retrieve().body(List.class);
            assertThat(visible).extracting(filter -> filter.get("name")).containsAll(NAMES);
            for (Map<String, Object> filter : visible) {
                ResponseEntity<Map> count = Http.as(baseUrl(), user, DEMO_PASSWORD).get()
                        .uri("/engine-rest/filter/{id}/count", filter.get("id")).retrieve().toEntity(Map.class);
                assertThat(count.getStatusCode()).as(user + " runs " + filter.get("name")).isEqualTo(HttpStatus.OK);
            }
        }
    }

    @Test
    void aRestartCreatesNoDuplicates() {
        filters.afterPropertiesSet();
        filters.afterPropertiesSet();

        for (String name : NAMES) {
            assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
        }
    }
}
