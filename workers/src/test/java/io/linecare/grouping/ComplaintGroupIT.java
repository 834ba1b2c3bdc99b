package io.linecare.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.communication.status.StatusLinks;
import io.linecare.grouping.OutageArea.Line;
import io.linecare.repair.ticket.IntakeChannel;
import io.linecare.repair.ticket.Severity;
import io.linecare.repair.ticket.TicketDraft;
import io.linecare.repair.ticket.TicketType;
import io.linecare.repair.ticket.TroubleTicketService;
import io.linecare.support.Http;
import io.linecare.support.LinecareIntegrationTest;
import io.linecare.support.TmfSpec;

/**
 * Complaint groups end to end on PostgreSQL with the real workers: many tickets from one area become
 * one incident, the analyst confirms it through the REST API Tasklist uses, every customer on the
 * affected node hears once, a ticket after confirmation joins without a truck roll, another area is
 * untouched, and the resolution tells everyone, compensates once per customer and writes the report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintGroupIT extends LinecareIntegrationTest {

    private static final String TICKETS = "/tmf-api/troubleTicket/v4/troubleTicket";
    private static final String PROBLEMS = "/tmf-api/serviceProblemManagement/v4/serviceProblem";
    private static final Duration STEP = Duration.ofSeconds(60);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TroubleTicketService tickets;
    @Autowired
    StatusLinks links;

    private List<Line> outageNode;
    private List<Line> quietNode;
    private List<Line> otherArea;
    private List<Line> raceArea;

    @BeforeAll
    void areas() {
        OutageArea outage = new OutageArea(jdbc, "A90");
        // 36 customers on the failing OLT: 30 will call before the incident is confirmed, one after
        outageNode = outage.node("A90-OLT1", 36, 1, "area-outage", false);
        quietNode = outage.node("A90-OLT2", 5, 0, "ok", false);
        outage.measurements(400, 120, 4.0, 2);
        otherArea = new OutageArea(jdbc, "A91").node("A91-OLT1", 2, 0, "line-fault", true);
        raceArea = new OutageArea(jdbc, "A92").node("A92-OLT1", 50, 0, "area-outage", false);
    }

    @Test
    void fiftyTicketsArrivingTogetherMakeExactlyOneGroup() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(raceArea.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> opened = new ArrayList<>();
        for (Line line : raceArea) {
            Callable<String> open = () -> {
                start.await();
                return tickets.open(new TicketDraft("No internet", "Offline", Severity.MAJOR, TicketType.CONNECTIVITY,
                        IntakeChannel.WEB, line.customerReference(), line.lineNumber()), "it").id();
            };
            opened.add(pool.submit(open));
        }
        Instant released = Instant.now();
        start.countDown();
        for (Future<String> ticket : opened) {
            assertThat(ticket.get()).startsWith("FR-");
        }
        pool.shutdown();
        System.out.printf("50 parallel intakes in A92 took %d ms%n", Duration.between(released, Instant.now()).toMillis());

        List<String> groups = jdbc.sql("select id from linecare.complaint_group where area_id = 'A92'")
                .query(String.class).list();
        assertThat(groups).hasSize(1);
        assertThat(jdbc.sql("select count(*) from linecare.complaint_group_ticket where group_id = ?")
                .param(groups.get(0)).query(Integer.class).single()).isEqualTo(50);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(groups.get(0)).count())
                .isEqualTo(1);
    }

    @Test
    void anOutageBecomesOneIncidentToldToEveryoneAffectedAndCompensatedOnce() throws Exception {
        String elsewhere = openTicket(otherArea.get(0));
        List<Line> callers = outageNode.subList(0, 30);
        List<String> ids = openInParallel(callers);

        String group = jdbc.sql("select id from linecare.complaint_group where area_id = 'A90' and service_type = 'broadband'")
                .query(String.class).single();
        assertThat(jdbc.sql("select count(*) from linecare.complaint_group_ticket where group_id = ?").param(group)
                .query(Integer.class).single()).isEqualTo(30);
        // every line test says area outage: a ticket tested before the group was suspected waits for network work,
        // one tested while the analyst reviews it waits for the verdict (no network-work task of its own)
        for (String id : ids) {
            awaitActivity(id, "Task_NetworkWork", "Gateway_AwaitVerdict");
        }

        Task review = awaitTask(group, "Task_ReviewGroup");
        assertThat(review.getName()).contains(group, "A90");
        Map<String, Object> facts = taskService.getVariables(review.getId());
        assertThat((String) facts.get("ticketList")).startsWith("30 tickets").contains(ids.get(0));
        assertThat((String) facts.get("measurementTable")).contains("14-day median");
        assertThat((String) facts.get("suspectedCause")).contains("A90-OLT1");

        ResponseEntity<String> confirmed = Http.as(baseUrl(), "gao.peng", DEMO_PASSWORD).post()
                .uri("/engine-rest/task/" + review.getId() + "/complete").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", Map.of(
                        "analystDecision", Map.of("value", "confirm"),
                        "estimatedHours", Map.of("value", 3, "type", "Integer"),
                        "suspectedCause", Map.of("value", "OLT A90-OLT1 uplink down"))))
                .retrieve().toEntity(String.class);
        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // the tickets' own repair holds: no truck roll, the incident's estimate is their promise
        for (String id : ids) {
            await().atMost(STEP).until(() -> "held".equals(ticketStatus(id)));
        }
        for (String id : ids) {
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id)
                    .activityIdIn("Task_NetworkWork", "Gateway_AwaitVerdict").count()).as(id).isZero();
        }
        awaitTask(group, "Task_RestoreService");

        // everyone on the failing node is told once, those who called and those who did not; the other node is not
        assertThat(noticesPerCustomer(group)).hasSize(36).allSatisfy((customer, count) -> assertThat(count).isEqualTo(1));
        assertThat(messages(group, "outage-suspected")).as("told we were checking before the analyst decided").isEqualTo(36);
        for (Line quiet : quietNode) {
            assertThat(noticesPerCustomer(group)).doesNotContainKey(quiet.customerId());
        }

        // a customer who was told calls anyway: the ticket joins the incident at intake, without a line test
        Line late = outageNode.get(30);
        String lateTicket = openTicket(late);
        await().atMost(STEP).until(() -> "held".equals(ticketStatus(lateTicket)));
        assertThat(historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(instanceOf(lateTicket)).activityId("Task_DiagnoseLine").count()).isZero();
        assertThat(noticesPerCustomer(group).get(late.customerId())).isEqualTo(1);

        // the other area's ticket goes its own way
        assertThat(ticketStatus(elsewhere)).isNotEqualTo("held");
        assertThat(jdbc.sql("select group_id from linecare.complaint_group_ticket where ticket_id = ?").param(elsewhere)
                .query(String.class).single()).isNotEqualTo(group);

        // a long outage: 30 hours since the first complaint, longer than any repair promise
        jdbc.sql("update linecare.complaint_group set opened_at = now() - interval '30 hours' where id = ?").param(group).update();
        Task restore = awaitTask(group, "Task_RestoreService");
        ResponseEntity<String> restored = Http.as(baseUrl(), "gao.peng", DEMO_PASSWORD).post()
                .uri("/engine-rest/task/" + restore.getId() + "/complete").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", Map.of(
                        "restoreOutcome", Map.of("value", "restored"),
                        "rootCause", Map.of("value", "Fibre cut in the duct, spliced"),
                        "newEstimateHours", Map.of("value", 2, "type", "Integer"))))
                .retrieve().toEntity(String.class);
        assertThat(restored.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        await().atMost(STEP).until(() -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(group).finished().count() == 1);
        Map<String, Object> report = jdbc.sql("select * from linecare.incident_report where group_id = ?").param(group)
                .query().singleRow();
        assertThat(report.get("customers_affected")).isEqualTo(36);
        assertThat(report.get("complaints_received")).isEqualTo(31);
        // 30 called before the notice went out; the late caller and the 5 silent ones heard first
        assertThat((BigDecimal) report.get("notified_before_call_pct")).isEqualByComparingTo("16.7");
        assertThat(jdbc.sql("select count(*), count(distinct customer_id) from linecare.credit where case_reference = ?")
                .param(group).query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2))).single()).containsExactly(36, 36);
        assertThat(jdbc.sql("select amount from linecare.credit where case_reference = ? and customer_id = ?")
                .params(group, outageNode.get(0).customerId()).query(BigDecimal.class).single())
                .as("the enterprise customer: class A, 24 h and more late").isEqualByComparingTo("500");
        assertThat(messages(group, "outage-resolved")).isEqualTo(36);
        assertThat(messages(group, "outage-compensation")).isEqualTo(36);
        // the held tickets are resolved and ask their customers to confirm
        for (String id : List.of(ids.get(0), lateTicket)) {
            await().atMost(STEP).until(() -> "resolved".equals(ticketStatus(id)));
        }

        Map<String, Object> problem = Http.as(baseUrl(), "gao.peng", DEMO_PASSWORD).get().uri(PROBLEMS + "/" + group)
                .retrieve().body(Map.class);
        assertThat(TmfSpec.TMF656.violations(problem, "ServiceProblem")).isEmpty();
        assertThat(problem.get("status")).isEqualTo("resolved");
        assertThat((List<?>) problem.get("troubleTicket")).hasSize(31);
        List<Map<String, Object>> resolved = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).get()
                .uri(PROBLEMS + "?status=resolved&fields=id,status").retrieve().body(List.class);
        assertThat(resolved).extracting(p -> p.get("id")).contains(group);
        ResponseEntity<String> wrongStatus = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).get()
                .uri(PROBLEMS + "?status=sideways").retrieve().onStatus(s -> true, (rq, rs) -> { }).toEntity(String.class);
        assertThat(wrongStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongStatus.getBody()).contains("invalidQuery", "sideways");

        String page = Http.anonymous(baseUrl()).get().uri(path(links.urlFor(group)) + "?lang=en").retrieve().body(String.class);
        assertThat(page).contains("post-incident report", "affected 36 customers", "Fibre cut in the duct");
    }

    private List<String> openInParallel(List<Line> lines) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<String>> futures = new ArrayList<>();
        for (Line line : lines) {
            futures.add(pool.submit(() -> openTicket(line)));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> future : futures) {
            ids.add(future.get());
        }
        pool.shutdown();
        return ids;
    }

    private String openTicket(Line line) {
        ResponseEntity<Map> created = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).post().uri(TICKETS)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "No internet", "description", "Offline since this morning", "severity", "major",
                        "ticketType", "connectivity", "channel", Map.of("name", "phone"),
                        "relatedParty", List.of(Map.of("id", line.customerReference(), "role", "customer",
                                "@referredType", "Customer")),
                        "relatedEntity", List.of(Map.of("id", line.lineNumber(), "role", "affectedLine",
                                "@referredType", "Service"))))
                .retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("id");
    }

    private String ticketStatus(String id) {
        return (String) Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).get().uri(TICKETS + "/" + id)
                .retrieve().body(Map.class).get("status");
    }

    private String instanceOf(String businessKey) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult().getId();
    }

    private void awaitActivity(String businessKey, String... activityIds) {
        await().atMost(STEP).until(() -> runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).activityIdIn(activityIds).count() == 1);
    }

    private Task awaitTask(String businessKey, String taskKey) {
        return await().atMost(STEP).until(() -> taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).singleResult(), task -> task != null);
    }

    private Map<Long, Integer> noticesPerCustomer(String group) {
        Map<Long, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("""
                        select customer_id, count(*) from linecare.communication_message
                         where case_reference = ? and message_type = 'outage-notice' group by customer_id""")
                .param(group).query((rs, row) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
        return counts;
    }

    private int messages(String group, String type) {
        return await().atMost(STEP).until(() -> jdbc.sql(
                        "select count(*) from linecare.communication_message where case_reference = ? and message_type = ?")
                .params(group, type).query(Integer.class).single(), count -> count > 0);
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/status/"));
    }
}
