package io.linecare.repair.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import io.linecare.support.Http;
import io.linecare.support.LinecareIntegrationTest;
import io.linecare.support.TmfSpec;

/**
 * TMF621 intake and read side on the whole application and PostgreSQL, against a test-only
 * fault-repair stub (one user task) that is removed again afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TroubleTicketIT extends LinecareIntegrationTest {

    private static final String API = "/tmf-api/troubleTicket/v4/troubleTicket";

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TicketStatusRecorder statusRecorder;

    @Autowired
    TroubleTicketService ticketService;

    @Autowired
    TransactionTemplate transactions;

    private Deployment stub;
    private Map<String, Object> customer;
    private Map<String, Object> otherCustomersLine;

    @BeforeAll
    void deployStubAndPickCustomers() {
        stub = repositoryService.createDeployment().name("trouble-ticket-it")
                .addClasspathResource("repair/fault-repair-stub.bpmn").enableDuplicateFiltering(true).deploy();
        customer = jdbc.sql("""
                select c.id, c.reference, c.full_name, c.tier, c.big_client, s.id as subscription_id, s.line_number,
                       s.service_type, a.area_id
                  from linecare.customer c
                  join linecare.subscription s on s.customer_id = c.id and s.status = 'active'
                  join linecare.access_node a on a.id = s.access_node_id
                 order by c.id, s.id limit 1""").query().singleRow();
        otherCustomersLine = jdbc.sql("""
                select s.id, s.line_number from linecare.subscription s
                 where s.customer_id <> ? and s.status = 'active' order by s.id limit 1""")
                .param(customer.get("id")).query().singleRow();
    }

    @AfterAll
    void removeStub() {
        if (stub != null) {
            // other integration tests share this engine: leave no stub fault-repair behind
            repositoryService.deleteDeployment(stub.getId(), true);
        }
    }

    @Test
    void frontlineOpensATicketAndTheProcessStartsWithItsVariables() {
        ResponseEntity<Map> created = as("wang.fang").post().uri(API).contentType(MediaType.APPLICATION_JSON)
                .body(create("major", lineNumber())).retrieve().toEntity(Map.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> ticket = created.getBody();
        String id = (String) ticket.get("id");
        assertThat(TicketReference.isValid(id)).isTrue();
        assertThat(id).startsWith("FR-" + Year.now(ZoneOffset.UTC) + "-");
        assertThat(created.getHeaders().getLocation()).hasToString(API + "/" + id);
        assertThat(ticket.get("href")).isEqualTo(API + "/" + id);
        assertThat(ticket.get("status")).isEqualTo("acknowledged");
        assertThat(ticket.get("@type")).isEqualTo("TroubleTicket");
        assertThat(ticket.get("relatedParty")).isEqualTo(List.of(Map.of("id", customer.get("reference"),
                "role", "customer", "@referredType", "Customer")));
        assertThat((List<?>) ticket.get("statusChange")).hasSize(1);
        assertThat(TmfSpec.TMF621.violations(ticket, "TroubleTicket")).isEmpty();

        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("fault-repair")
                .processInstanceBusinessKey(id).singleResult();
        assertThat(instance).isNotNull();
        Map<String, Object> variables = runtimeService.getVariables(instance.getId());
        assertThat(variables).containsEntry(FaultRepairVariables.TICKET_ID, id)
                .containsEntry(FaultRepairVariables.CUSTOMER_ID, ((Number) customer.get("id")).longValue())
                .containsEntry(FaultRepairVariables.CUSTOMER_REFERENCE, customer.get("reference"))
                .containsEntry(FaultRepairVariables.CUSTOMER_NAME, customer.get("full_name"))
                .containsEntry(FaultRepairVariables.TIER, customer.get("tier"))
                .containsEntry(FaultRepairVariables.BIG_CLIENT, customer.get("big_client"))
                .containsEntry(FaultRepairVariables.SUBSCRIPTION_ID,
                        ((Number) customer.get("subscription_id")).longValue())
                .containsEntry(FaultRepairVariables.LINE_NUMBER, lineNumber())
                .containsEntry(FaultRepairVariables.SERVICE_TYPE, customer.get("service_type"))
                .containsEntry(FaultRepairVariables.AREA_ID, customer.get("area_id"))
                .containsEntry(FaultRepairVariables.SEVERITY, "major")
                .containsEntry(FaultRepairVariables.TICKET_TYPE, "connectivity")
                .containsEntry(FaultRepairVariables.CHANNEL, "phone")
                .containsEntry(FaultRepairVariables.DESCRIPTION, "Router shows a red light since 8:00");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getName())
                .isEqualTo("Triage fault");
    }

    @Test
    void theLineMayBeNamedBySubscriptionId() {
        ResponseEntity<Map> created = as("zhao.lei").post().uri(API).contentType(MediaType.APPLICATION_JSON)
                .body(create("minor", String.valueOf(customer.get("subscription_id")))).retrieve().toEntity(Map.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(((List<Map<String, Object>>) created.getBody().get("relatedEntity")).get(0))
                .containsEntry("id", String.valueOf(customer.get("subscription_id")))
                .containsEntry("name", lineNumber())
                .containsEntry("role", "affectedLine");
    }

    @Test
    void badRequestsSayWhatIsWrongAndOpenNothing() {
        long ticketsBefore = ticketCount();
        Map<String, Object> unknownCustomer = create("major", lineNumber());
        unknownCustomer.put("relatedParty", List.of(Map.of("id", "CU-999999", "role", "customer",
                "@referredType", "Customer")));
        Map<String, Object> missingDescription = create("major", lineNumber());
        missingDescription.remove("description");
        Map<String, Object> unknownField = create("major", lineNumber());
        unknownField.put("urgency", "high");

        assertBadRequest(unknownCustomer, "unknownCustomer", "no customer with reference 'CU-999999'");
        assertBadRequest(create("major", (String) otherCustomersLine.get("line_number")), "lineNotOfCustomer",
                "'" + otherCustomersLine.get("line_number") + "' is not a line of customer " + customer.get("reference"));
        assertBadRequest(missingDescription, "missingField", "description is required");
        assertBadRequest(create("apocalyptic", lineNumber()), "invalidValue",
                "severity 'apocalyptic' is not known; use critical, major or minor");
        assertBadRequest(unknownField, "unknownField", "Unknown field urgency");
        assertBadRequest("{\"description\": \"no internet\",", "invalidBody", "The request body is not valid JSON");
        assertBadRequest("", "invalidBody", "");
        assertThat(ticketCount()).isEqualTo(ticketsBefore);
    }

    @Test
    void anInactiveLineIsRefused() {
        List<Map<String, Object>> inactiveLines = jdbc.sql("""
                select c.reference, s.line_number, s.status from linecare.subscription s
                  join linecare.customer c on c.id = s.customer_id
                 where s.status <> 'active' order by s.id limit 1""").query().listOfRows();
        assertThat(inactiveLines).as("demo data has an inactive line").isNotEmpty();
        Map<String, Object> inactive = inactiveLines.get(0);
        Map<String, Object> body = create("major", (String) inactive.get("line_number"));
        body.put("relatedParty", List.of(Map.of("id", inactive.get("reference"), "role", "customer",
                "@referredType", "Customer")));

        assertBadRequest(body, "lineNotActive", "is " + inactive.get("status") + ", not active");
    }

    @Test
    void readByIdAndListWithFiltersAndFields() {
        String critical = open("critical");
        String minor = open("minor");

        ResponseEntity<Map> one = as("zhou.min").get().uri(API + "/{id}", critical).retrieve().toEntity(Map.class);
        assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(one.getBody()).containsEntry("id", critical).containsEntry("severity", "critical")
                .containsEntry("channel", Map.of("id", "phone", "name", "phone"));
        assertThat(TmfSpec.TMF621.violations(one.getBody(), "TroubleTicket")).isEmpty();

        ResponseEntity<List> bySeverity = as("wang.fang").get()
                .uri(API + "?relatedParty.id={c}&severity=critical&status=acknowledged&fields=severity,status",
                        customer.get("reference"))
                .retrieve().toEntity(List.class);
        assertThat(bySeverity.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> items = bySeverity.getBody();
        assertThat(items).extracting(item -> item.get("id")).contains(critical).doesNotContain(minor);
        assertThat(items.get(0).keySet()).containsExactlyInAnyOrder("id", "href", "@type", "severity", "status");
        assertThat(bySeverity.getHeaders().getFirst("X-Total-Count")).isEqualTo(String.valueOf(items.size()));

        ResponseEntity<List> newestFirst = as("wang.fang").get().uri(API + "?relatedParty.id={c}&limit=2",
                customer.get("reference")).retrieve().toEntity(List.class);
        List<Map<String, Object>> newest = newestFirst.getBody();
        assertThat(newest).extracting(item -> item.get("id")).containsExactly(minor, critical);
        assertThat(newestFirst.getHeaders().getFirst("X-Result-Count")).isEqualTo("2");

        ResponseEntity<Map> badStatus = as("wang.fang").get().uri(API + "?status=open").retrieve().toEntity(Map.class);
        assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badStatus.getBody()).containsEntry("code", "invalidParameter");
        assertThat(as("wang.fang").get().uri(API + "/FR-2000-000001").retrieve().toEntity(Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void statusChangesAreRecordedOnceAndThePromiseIsShown() {
        String id = open("major");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id)
                .singleResult();
        runtimeService.setVariable(instance.getId(), FaultRepairVariables.PROMISED_AT, "2026-12-01T18:00:00+08:00");

        assertThat(statusRecorder.record(id, TicketStatus.IN_PROGRESS, "Line test running")).isTrue();
        assertThat(statusRecorder.record(id, TicketStatus.IN_PROGRESS, "Line test running")).isFalse();

        Map<String, Object> ticket = as("wang.fang").get().uri(API + "/{id}", id).retrieve().body(Map.class);
        assertThat(ticket.get("status")).isEqualTo("inProgress");
        assertThat(ticket.get("statusChangeReason")).isEqualTo("Line test running");
        assertThat((List<Map<String, Object>>) ticket.get("statusChangeHistory"))
                .extracting(change -> change.get("status")).containsExactly("acknowledged", "inProgress");
        // the same instant, written in UTC like every date of the API
        assertThat(ticket.get("expectedResolutionDate")).isEqualTo("2026-12-01T10:00:00Z");
        assertThat(TmfSpec.TMF621.violations(ticket, "TroubleTicket")).isEmpty();
        List<Map<String, Object>> inProgress = as("wang.fang").get().uri(API + "?status=inProgress&limit=500")
                .retrieve().body(List.class);
        assertThat(inProgress).extracting(item -> item.get("id")).contains(id);
    }

    @Test
    void patchAddsNotesWithTheirAuthorAndChangesSeverityOnly() {
        String id = open("minor");

        ResponseEntity<Map> patched = as("zhao.lei").patch().uri(API + "/{id}", id)
                .contentType(MediaType.valueOf("application/merge-patch+json"))
                .body(Map.of("severity", "critical", "note", List.of(Map.of("text", "Customer works from home"))))
                .retrieve().toEntity(Map.class);

        assertThat(patched.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(patched.getBody()).containsEntry("severity", "critical");
        List<Map<String, Object>> notes = (List<Map<String, Object>>) patched.getBody().get("note");
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0)).containsEntry("author", "zhao.lei").containsEntry("text", "Customer works from home")
                .containsKeys("id", "date");

        // a merge-patch client sends the whole list back plus a new note: the old one is not duplicated
        ResponseEntity<Map> again = as("wang.fang").patch().uri(API + "/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("note", List.of(Map.of("id", notes.get(0).get("id"), "text", "Customer works from home"),
                        Map.of("text", "Called back, no answer"))))
                .retrieve().toEntity(Map.class);
        assertThat((List<Map<String, Object>>) again.getBody().get("note"))
                .extracting(note -> note.get("author")).containsExactly("zhao.lei", "wang.fang");

        ResponseEntity<Map> nameChange = as("wang.fang").patch().uri(API + "/{id}", id)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "renamed")).retrieve().toEntity(Map.class);
        assertThat(nameChange.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nameChange.getBody()).containsEntry("code", "fieldNotAllowed");
        assertThat((String) nameChange.getBody().get("message")).contains("name");

        ResponseEntity<Map> unknown = as("wang.fang").patch().uri(API + "/FR-2000-999999")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("severity", "minor")).retrieve()
                .toEntity(Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).containsKeys("code", "reason", "message");
    }

    @Test
    void onlyStaffReadAndOnlyIntakeGroupsWrite() {
        ResponseEntity<Map> anonymous = Http.anonymous(baseUrl()).post().uri(API)
                .contentType(MediaType.APPLICATION_JSON).body(create("major", lineNumber())).retrieve()
                .toEntity(Map.class);
        ResponseEntity<Map> billing = as("zhou.min").post().uri(API).contentType(MediaType.APPLICATION_JSON)
                .body(create("major", lineNumber())).retrieve().toEntity(Map.class);
        ResponseEntity<List> billingReads = as("zhou.min").get().uri(API).retrieve().toEntity(List.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(Http.anonymous(baseUrl()).get().uri(API).retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(billing.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(billing.getBody()).containsEntry("code", "forbidden").containsKeys("reason", "message");
        assertThat(billingReads.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theTicketAndItsProcessShareOneTransaction() {
        long ticketsBefore = ticketCount();
        String[] opened = new String[1];

        transactions.executeWithoutResult(status -> {
            opened[0] = ticketService.open(new TicketDraft("Rolled back", "Never kept", Severity.MINOR,
                    TicketType.SPEED, IntakeChannel.WEB, (String) customer.get("reference"), lineNumber()),
                    "wang.fang").id();
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(opened[0]).count())
                    .isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(ticketCount()).isEqualTo(ticketsBefore);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(opened[0]).count()).isZero();
    }

    private String open(String severity) {
        ResponseEntity<Map> created = as("wang.fang").post().uri(API).contentType(MediaType.APPLICATION_JSON)
                .body(create(severity, lineNumber())).retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("id");
    }

    private void assertBadRequest(Object body, String code, String message) {
        ResponseEntity<Map> response = as("wang.fang").post().uri(API).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode()).as(String.valueOf(body)).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", code).containsEntry("reason", "Bad Request");
        assertThat((String) response.getBody().get("message")).contains(message);
    }

    private Map<String, Object> create(String severity, String line) {
        return new HashMap<>(Map.of(
                "name", "No internet",
                "description", "Router shows a red light since 8:00",
                "severity", severity,
                "ticketType", "connectivity",
                "channel", Map.of("name", "phone"),
                "relatedParty", List.of(Map.of("id", customer.get("reference"), "role", "customer",
                        "@referredType", "Customer")),
                "relatedEntity", List.of(Map.of("id", line, "role", "affectedLine", "@referredType", "Service"))));
    }

    private String lineNumber() {
        return (String) customer.get("line_number");
    }

    private long ticketCount() {
        return jdbc.sql("select count(*) from linecare.trouble_ticket").query(Long.class).single();
    }

    private RestClient as(String user) {
        return Http.as(baseUrl(), user, DEMO_PASSWORD);
    }
}
