package io.linecare.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import io.linecare.support.Http;
import io.linecare.support.LinecareIntegrationTest;

/**
 * The README's rights table, proven per group with the demo logins: one case of each flow waits at a
 * user task (fault repair at "Agree visit time" and at "Visit", a billing dispute at "Review", a
 * cancellation at "Save call"); each login asks /engine-rest what Tasklist and Cockpit ask (GET /task,
 * GET /process-instance), logs into each webapp the way the login page does, and tries to deploy.
 * Then the task operations of item 3: a dispatch lead's bulk reassignment (the README's loop, verbatim),
 * and claim, unclaim and delegate of a technician's visit by the right and the wrong people.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffVisibilityIT extends LinecareIntegrationTest {

    private static final Duration STEP = Duration.ofSeconds(60);

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;

    /** flow name -> process instance id of the case waiting there. */
    private final Map<String, String> cases = new LinkedHashMap<>();
    /** Two more visits for the bulk reassignment. */
    private final List<String> visitsToMove = new ArrayList<>();

    @BeforeAll
    void oneCaseOfEachFlowWaitsAtAUserTask() {
        List<Map<String, Object>> faults = customersWithAFaultThatNeedsAVisit(4);
        cases.put("agree", waitForDispatch(faults.get(0)));
        cases.put("visit", waitForTheTechnician(faults.get(1)));
        visitsToMove.add(waitForTheTechnician(faults.get(2)));
        visitsToMove.add(waitForTheTechnician(faults.get(3)));
        cases.put("dispute", disputeForReview());
        cases.put("cancellation", cancellationForTheSaveCall());
        for (Map.Entry<String, String> waiting : cases.entrySet()) {
            assertThat(taskService.createTaskQuery().processInstanceId(waiting.getValue()).count())
                    .as("%s waits at one user task", waiting.getKey()).isEqualTo(1);
        }
    }

    // ------------------------------------------------------------------ what each group sees

    @ParameterizedTest(name = "{0} sees the tasks [{1}] and the instances [{2}]")
    @CsvSource(delimiter = '|', value = {
            // frontline follows every customer-facing case for callers, works none of their tasks
            "wang.fang  |                                  | agree visit dispute cancellation",
            "liu.yang   |                                  | agree visit dispute cancellation",
            // dispatch: the fault-repair queue, all of its tasks and instances
            "zhao.lei   | agree visit                      | agree visit",
            // a technician: the visits, nothing else, not even the case around them
            "chen.jie   | visit                            | ",
            "sun.hao    | visit                            | ",
            "zhou.min   | dispute                          | dispute",
            "wu.qiang   | dispute                          | dispute",
            "zheng.li   | dispute                          | dispute",
            "he.jing    | cancellation                     | cancellation",
            // network analysts read fault-repair cases (outages), work only their network tasks
            "gao.peng   |                                  | agree visit",
            // process owners read every instance in Cockpit, work no task
            "lin.xue    |                                  | agree visit dispute cancellation",
            "demo-admin | agree visit dispute cancellation | agree visit dispute cancellation",
    })
    void eachGroupSeesItsTasksAndInstancesAndNoOthers(String user, String tasks, String instances) {
        RestClient client = Http.as(baseUrl(), user, DEMO_PASSWORD);
        String ids = String.join(",", cases.values());

        ResponseEntity<JsonNode> taskList = client.get().uri("/engine-rest/task?processInstanceIdIn=" + ids)
                .retrieve().toEntity(JsonNode.class);
        assertThat(taskList.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(flows(taskList.getBody())).as("tasks %s sees", user).isEqualTo(names(tasks));

        ResponseEntity<JsonNode> instanceList = client.get().uri("/engine-rest/process-instance?processInstanceIds=" + ids)
                .retrieve().toEntity(JsonNode.class);
        assertThat(instanceList.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(flows(instanceList.getBody())).as("instances %s sees", user).isEqualTo(names(instances));
    }

    @ParameterizedTest(name = "{0}: Tasklist {1}, Cockpit {2}, Admin {3}, deploys {4}")
    @CsvSource({
            "wang.fang,  true, false, false, false",
            "zhao.lei,   true, false, false, false",
            "chen.jie,   true, false, false, false",
            "zhou.min,   true, false, false, false",
            "wu.qiang,   true, true,  false, false",
            "he.jing,    true, false, false, false",
            "gao.peng,   true, true,  false, false",
            "lin.xue,    true, true,  false, true",
            "demo-admin, true, true,  true,  true",
    })
    void eachGroupOpensOnlyItsWebappsAndOnlyProcessOwnersDeploy(String user, boolean tasklist, boolean cockpit,
                                                               boolean admin, boolean deploys) {
        assertThat(logsInto("tasklist", user)).as("%s opens Tasklist", user).isEqualTo(tasklist);
        assertThat(logsInto("cockpit", user)).as("%s opens Cockpit", user).isEqualTo(cockpit);
        assertThat(logsInto("admin", user)).as("%s opens Admin", user).isEqualTo(admin);

        RestClient client = Http.as(baseUrl(), user, DEMO_PASSWORD);
        ResponseEntity<JsonNode> deployment = deploy(client, user);
        if (deploys) {
            assertThat(deployment.getStatusCode()).as("%s deploys", user).isEqualTo(HttpStatus.OK);
            String id = deployment.getBody().get("id").asText();
            assertThat(client.delete().uri("/engine-rest/deployment/" + id + "?cascade=true").retrieve()
                    .toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        } else {
            assertThat(deployment.getStatusCode()).as("%s may not deploy", user).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    /**
     * A case is opened through Linecare's intake, which checks it and stores it with its process; started
     * in the engine directly it would have no ticket, dispute or request behind it. So Tasklist's
     * "Start process" offers only the intakes (each group the ones it takes), and nobody but admins
     * starts a flow.
     */
    @ParameterizedTest(name = "{0} may start [{1}] and no flow directly")
    @CsvSource(delimiter = '|', value = {
            "wang.fang | open-dispute report-fault request-cancellation",
            "liu.yang  | open-dispute report-fault request-cancellation",
            "zhao.lei  | ",
            "chen.jie  | ",
            "zhou.min  | open-dispute",
            "wu.qiang  | open-dispute",
            "he.jing   | request-cancellation",
            "gao.peng  | ",
            "lin.xue   | ",
    })
    void casesAreOpenedThroughTheIntakeNeverStartedInTheEngineDirectly(String user, String startable) {
        RestClient client = Http.as(baseUrl(), user, DEMO_PASSWORD);
        ResponseEntity<JsonNode> offered = client.get()
                .uri("/engine-rest/process-definition?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true")
                .retrieve().toEntity(JsonNode.class);
        assertThat(offered.getStatusCode()).isEqualTo(HttpStatus.OK);
        Set<String> keys = new TreeSet<>();
        offered.getBody().forEach(definition -> keys.add(definition.get("key").asText()));
        assertThat(keys).as("Tasklist's Start process for %s", user).isEqualTo(names(startable));

        for (String flow : List.of("fault-repair", "billing-dispute", "cancellation-save")) {
            // 403 where the group may read the flow, 404 where the definition is not even visible to it
            assertThat(post(client, "/engine-rest/process-definition/key/" + flow + "/start", Map.of()))
                    .as("%s starting %s in the engine", user, flow).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        }
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKeyIn("fault-repair", "billing-dispute",
                "cancellation-save").list()).as("no case without a business key").allSatisfy(instance ->
                assertThat(instance.getBusinessKey()).isNotBlank());
    }

    // ------------------------------------------------------------------ reassign, claim, unclaim, delegate

    /** The README's loop for a technician who called in sick, run as the dispatch lead zhao.lei. */
    @Test
    void aDispatchLeadMovesEveryOpenTaskOfOneTechnicianToAnotherAndFrontlineMayNot() {
        RestClient chen = Http.as(baseUrl(), "chen.jie", DEMO_PASSWORD);
        List<String> moved = visitsToMove.stream().map(this::visitTask).map(Task::getId).toList();
        for (String id : moved) {
            assertThat(claim(chen, id, "chen.jie")).isEqualTo(HttpStatus.NO_CONTENT);
        }

        RestClient frontline = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD);
        assertThat(openTasksOf(frontline, "chen.jie")).as("frontline does not even see them").isEmpty();
        for (String id : moved) {
            assertThat(setAssignee(frontline, id, "sun.hao")).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(taskService.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("chen.jie");
        }

        // curl -u zhao.lei:… '/engine-rest/task?assignee=chen.jie&processDefinitionKey=fault-repair' | jq -r '.[].id'
        RestClient lead = Http.as(baseUrl(), "zhao.lei", DEMO_PASSWORD);
        List<String> listed = openTasksOf(lead, "chen.jie");
        assertThat(listed).containsAll(moved);
        for (String id : listed) {
            // curl -u zhao.lei:… -d '{"userId": "sun.hao"}' /engine-rest/task/$id/assignee
            assertThat(setAssignee(lead, id, "sun.hao")).isEqualTo(HttpStatus.NO_CONTENT);
        }

        assertThat(openTasksOf(lead, "chen.jie")).as("nothing of chen.jie's left open").isEmpty();
        assertThat(openTasksOf(lead, "sun.hao")).containsAll(moved);
        for (String id : moved) {
            assertThat(taskService.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("sun.hao");
            // the task's history (history level audit) shows the new owner
            assertThat(historyService.createHistoricTaskInstanceQuery().taskId(id).singleResult().getAssignee())
                    .isEqualTo("sun.hao");
        }
        // and sun.hao now has them in "Assigned to me"
        assertThat(openTasksOf(Http.as(baseUrl(), "sun.hao", DEMO_PASSWORD), "sun.hao")).containsAll(moved);
    }

    @Test
    void aVisitIsClaimedUnclaimedAndDelegatedOnlyByThoseAllowedTo() {
        String id = visitTask(cases.get("visit")).getId();
        RestClient chen = Http.as(baseUrl(), "chen.jie", DEMO_PASSWORD);
        RestClient sun = Http.as(baseUrl(), "sun.hao", DEMO_PASSWORD);
        RestClient frontline = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD);
        RestClient analyst = Http.as(baseUrl(), "gao.peng", DEMO_PASSWORD);
        RestClient lead = Http.as(baseUrl(), "zhao.lei", DEMO_PASSWORD);
        try {
            // claim: only a technician (a candidate) or dispatch; someone else's claim is refused
            assertThat(claim(frontline, id, "wang.fang")).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(claim(analyst, id, "gao.peng")).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(claim(chen, id, "chen.jie")).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(assignee(id)).isEqualTo("chen.jie");
            assertThat(claim(sun, id, "sun.hao").is2xxSuccessful()).as("a claimed task cannot be claimed over").isFalse();
            assertThat(assignee(id)).isEqualTo("chen.jie");

            // unclaim: back to the group's queue
            assertThat(unclaim(frontline, id)).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(assignee(id)).isEqualTo("chen.jie");
            assertThat(unclaim(chen, id)).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(assignee(id)).isNull();

            // delegate: the technician holding the visit hands it to a colleague; it comes back when resolved.
            // (Candidates get Camunda's default READ + UPDATE on their tasks: with TASK_WORK instead,
            // unclaim would be refused too, because the REST API unclaims by setting the assignee to null.)
            assertThat(claim(chen, id, "chen.jie")).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(chen.get().uri("/engine-rest/task/" + id + "/form-variables").retrieve().toBodilessEntity()
                    .getStatusCode()).as("the technician opens the form").isEqualTo(HttpStatus.OK);
            assertThat(delegate(frontline, id, "wang.fang")).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(delegate(analyst, id, "gao.peng")).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(assignee(id)).isEqualTo("chen.jie");
            assertThat(delegate(chen, id, "sun.hao")).isEqualTo(HttpStatus.NO_CONTENT);
            Task delegated = taskService.createTaskQuery().taskId(id).singleResult();
            assertThat(delegated.getAssignee()).isEqualTo("sun.hao");
            assertThat(delegated.getOwner()).isEqualTo("chen.jie");
            assertThat(delegated.getDelegationState()).isEqualTo(DelegationState.PENDING);
            assertThat(resolve(sun, id)).isEqualTo(HttpStatus.NO_CONTENT);
            Task resolved = taskService.createTaskQuery().taskId(id).singleResult();
            assertThat(resolved.getAssignee()).isEqualTo("chen.jie");
            assertThat(resolved.getDelegationState()).isEqualTo(DelegationState.RESOLVED);

            // the dispatch lead puts it back in the technicians' queue
            assertThat(unclaim(lead, id)).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(assignee(id)).isNull();
        } finally {
            taskService.setAssignee(id, null);
        }
    }

    // ------------------------------------------------------------------ the cases

    private List<Map<String, Object>> customersWithAFaultThatNeedsAVisit(int count) {
        List<Map<String, Object>> found = jdbc.sql("""
                select c.reference, s.line_number from linecare.customer c
                  join linecare.subscription s on s.customer_id = c.id and s.status = 'active' and s.service_type = 'broadband'
                  join linecare.line_condition l on l.subscription_id = s.id
                 where c.tier = 'standard' and l.status in ('line-fault', 'cpe-fault') and not l.remotely_fixable
                   and not exists (select 1 from linecare.trouble_ticket t where t.customer_id = c.id)
                   and not exists (select 1 from linecare.cancellation_request r where r.customer_id = c.id)
                 order by c.id desc limit ?""").param(count).query().listOfRows();
        assertThat(found).hasSize(count);
        return found;
    }

    /** A fault-repair case whose customer picked no slot for 24 h: "Agree visit time" for dispatch. */
    private String waitForDispatch(Map<String, Object> customer) {
        String ticketId = openTicket((String) customer.get("reference"), (String) customer.get("line_number"));
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ticketId)
                .singleResult().getId();
        Job noPick = await().atMost(STEP).until(() -> managementService.createJobQuery().processInstanceId(instanceId)
                .activityId("Event_NoSlotPicked").singleResult(), job -> job != null);
        managementService.executeJob(noPick.getId());
        await().atMost(STEP).until(() -> taskService.createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey("Task_AgreeVisitTime").count() == 1);
        return instanceId;
    }

    /** Dispatch agrees slot 1 with the customer: the visit waits for a technician. */
    private String waitForTheTechnician(Map<String, Object> customer) {
        String instanceId = waitForDispatch(customer);
        Task agree = taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_AgreeVisitTime")
                .singleResult();
        ResponseEntity<String> done = Http.as(baseUrl(), "zhao.lei", DEMO_PASSWORD).post()
                .uri("/engine-rest/task/" + agree.getId() + "/complete").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", Map.of("slotChoice", Map.of("value", "1")))).retrieve().toEntity(String.class);
        assertThat(done.getStatusCode().is2xxSuccessful()).as(done.getBody()).isTrue();
        await().atMost(STEP).until(() -> taskService.createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey("Task_Visit").count() == 1);
        return instanceId;
    }

    private String openTicket(String customerReference, String lineNumber) {
        ResponseEntity<JsonNode> created = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).post()
                .uri("/tmf-api/troubleTicket/v4/troubleTicket").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "No internet", "description", "No connection since this morning",
                        "severity", "major", "ticketType", "connectivity", "channel", Map.of("name", "phone"),
                        "relatedParty", List.of(Map.of("id", customerReference, "role", "customer",
                                "@referredType", "Customer")),
                        "relatedEntity", List.of(Map.of("id", lineNumber, "role", "affectedLine",
                                "@referredType", "Service"))))
                .retrieve().toEntity(JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asText();
    }

    /** A small dispute of a standard customer the check finds nothing wrong with: a billing agent reviews it. */
    private String disputeForReview() {
        Map<String, Object> line = jdbc.sql("""
                select l.id, b.reference as bill, c.reference as customer
                  from linecare.bill_line l join linecare.bill b on b.id = l.bill_id
                  join linecare.customer c on c.id = b.customer_id
                  join linecare.subscription s on s.id = l.subscription_id
                 where c.tier = 'standard' and c.id between 14 and 20 and l.kind = 'recurring'
                   and b.issued_on > current_date - 150
                   and not exists (select 1 from linecare.billing_dispute d where d.customer_id = c.id)
                   and not exists (select 1 from linecare.price_change pc
                                    where pc.plan_code = s.plan_code and pc.effective_from <= b.period_start)
                 order by c.id desc, b.period_start desc, l.id limit 1""").query().singleRow();
        ResponseEntity<JsonNode> created = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).post().uri("/api/disputes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("customer", line.get("customer"), "bill", line.get("bill"), "reason", "The charge looks wrong",
                        "channel", "phone", "lines", List.of(Map.of("billLineId", line.get("id"), "amount", 1.00))))
                .retrieve().toEntity(JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return awaitTask(created.getBody().get("id").asText(), "Task_ReviewDispute");
    }

    /** A cancellation of a customer without open cases: the retention agent's save call. */
    private String cancellationForTheSaveCall() {
        Map<String, Object> line = jdbc.sql("""
                select c.reference, s.line_number from linecare.subscription s join linecare.customer c on c.id = s.customer_id
                 where s.status = 'active' and s.service_type = 'broadband' and c.reference > 'CU-000020'
                   and not exists (select 1 from linecare.trouble_ticket t where t.customer_id = c.id)
                   and not exists (select 1 from linecare.cancellation_request r where r.customer_id = c.id)
                   and not exists (select 1 from linecare.billing_dispute d where d.customer_id = c.id)
                 order by c.id desc limit 1""").query().singleRow();
        ResponseEntity<JsonNode> created = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).post().uri("/api/cancellations")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("customer", line.get("reference"), "line", line.get("line_number"), "reason", "price",
                        "reasonDetail", "Found it cheaper elsewhere", "desiredEndDate", LocalDate.now().plusDays(20).toString(),
                        "channel", "phone"))
                .retrieve().toEntity(JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return awaitTask(created.getBody().get("id").asText(), "Task_SaveCall");
    }

    private String awaitTask(String businessKey, String activity) {
        Task task = await().atMost(STEP).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(activity).singleResult(), found -> found != null);
        return task.getProcessInstanceId();
    }

    private Task visitTask(String instanceId) {
        return taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_Visit").singleResult();
    }

    // ------------------------------------------------------------------ what the webapps and Tasklist call

    /** The names of the cases (see {@link #cases}) the listed tasks or instances belong to. */
    private Set<String> flows(JsonNode list) {
        Set<String> names = new TreeSet<>();
        for (JsonNode item : list) {
            String instanceId = item.has("processInstanceId") ? item.get("processInstanceId").asText() : item.get("id").asText();
            cases.forEach((name, id) -> {
                if (id.equals(instanceId)) {
                    names.add(name);
                }
            });
        }
        return names;
    }

    private static Set<String> names(String list) {
        return list == null || list.isBlank() ? Set.of() : new TreeSet<>(List.of(list.trim().split("\\s+")));
    }

    /**
     * What the webapps' login page does: fetch the page (session and CSRF cookies), then post the
     * credentials to the app's login; 200 lets the person in, 403 says the app is not theirs.
     */
    private boolean logsInto(String app, String user) {
        RestClient anonymous = Http.anonymous(baseUrl());
        ResponseEntity<String> page = anonymous.get().uri("/camunda/app/" + app + "/default/").retrieve().toEntity(String.class);
        List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
                .map(cookie -> cookie.split(";", 2)[0]).toList();
        String csrf = cookies.stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).findFirst()
                .map(cookie -> cookie.substring("XSRF-TOKEN=".length())).orElseThrow();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", DEMO_PASSWORD);
        HttpStatusCode status = anonymous.post().uri("/camunda/api/admin/auth/user/default/login/" + app)
                .header(HttpHeaders.COOKIE, String.join("; ", cookies)).header("X-XSRF-TOKEN", csrf)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().toBodilessEntity().getStatusCode();
        assertThat(status).as("%s logging into %s", user, app).isIn(HttpStatus.OK, HttpStatus.FORBIDDEN);
        return status.equals(HttpStatus.OK);
    }

    private static ResponseEntity<JsonNode> deploy(RestClient client, String user) {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Probe"
                    targetNamespace="http://linecare.io/test">
                  <bpmn:process id="rights-probe" name="Rights probe" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Event_Start"/>
                  </bpmn:process>
                </bpmn:definitions>
                """;
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "rights-probe-" + user);
        parts.add("rights-probe.bpmn", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "rights-probe.bpmn";
            }
        });
        return client.post().uri("/engine-rest/deployment/create").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts).retrieve().toEntity(JsonNode.class);
    }

    private static List<String> openTasksOf(RestClient client, String assignee) {
        ResponseEntity<JsonNode> list = client.get()
                .uri("/engine-rest/task?assignee=" + assignee + "&processDefinitionKey=fault-repair")
                .retrieve().toEntity(JsonNode.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> ids = new ArrayList<>();
        list.getBody().forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    private static HttpStatusCode setAssignee(RestClient client, String taskId, String userId) {
        return post(client, "/engine-rest/task/" + taskId + "/assignee", Map.of("userId", userId));
    }

    private static HttpStatusCode claim(RestClient client, String taskId, String userId) {
        return post(client, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", userId));
    }

    private static HttpStatusCode unclaim(RestClient client, String taskId) {
        return post(client, "/engine-rest/task/" + taskId + "/unclaim", Map.of());
    }

    private static HttpStatusCode delegate(RestClient client, String taskId, String userId) {
        return post(client, "/engine-rest/task/" + taskId + "/delegate", Map.of("userId", userId));
    }

    private static HttpStatusCode resolve(RestClient client, String taskId) {
        return post(client, "/engine-rest/task/" + taskId + "/resolve", Map.of("variables", Map.of()));
    }

    private static HttpStatusCode post(RestClient client, String uri, Object body) {
        return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toBodilessEntity().getStatusCode();
    }

    private String assignee(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }
}
