package io.linecare.repair.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.staff.TasklistPage;
import io.linecare.support.BrowserIntegrationTest;
import io.linecare.support.Http;

/**
 * A frontline agent reports a fault with the start form in the real Camunda 7.24 Tasklist (Chromium):
 * the form renders, its selects and fields take the caller's answers, Start opens the ticket. A
 * report with a line that is not the customer's comes back in Assigned to me with the reason on top,
 * and completing the corrected form opens the ticket.
 */
class ReportFaultBrowserIT extends BrowserIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String TICKETS = "/tmf-api/troubleTicket/v4/troubleTicket";

    @Autowired
    JdbcClient jdbc;

    private WebDriver page;
    private TasklistPage tasklist;
    private String customerReference;
    private String lineNumber;
    private String otherCustomersLine;

    @BeforeEach
    void logInAsFrontline() {
        // a customer of its own: other tests report faults for the last customers too
        Map<String, Object> line = jdbc.sql("""
                select c.reference, (select s.line_number from linecare.subscription s
                                      where s.customer_id = c.id and s.status = 'active' order by s.id limit 1) as line_number
                  from linecare.customer c
                 where exists (select 1 from linecare.subscription s where s.customer_id = c.id and s.status = 'active')
                 order by c.id desc offset 3 limit 1""").query().singleRow();
        customerReference = (String) line.get("reference");
        lineNumber = (String) line.get("line_number");
        otherCustomersLine = jdbc.sql("""
                select s.line_number from linecare.subscription s join linecare.customer c on c.id = s.customer_id
                 where c.reference <> ? order by s.id limit 1""").param(customerReference).query(String.class).single();

        page = browser.driver();
        tasklist = new TasklistPage(browser, baseUrl()).logIn("wang.fang", DEMO_PASSWORD);
        browser.waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(By.linkText("Start process")));
    }

    @Test
    void anAgentReportsAFaultWithTheStartFormAndCorrectsAWrongLine() {
        page.findElement(By.linkText("Start process")).click();
        browser.waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(By.linkText("Report a fault"))).click();
        tasklist.type("Input_customerReference", customerReference)
                .type("Input_lineNumber", otherCustomersLine)
                .pick("Input_severity", "Major")
                .pick("Input_ticketType", "Slower than the plan promises")
                .type("Input_description", "Speed drops to 2 Mbit/s every evening since Monday");
        browser.screenshot("report-fault-start-form");
        tasklist.click("Start");
        browser.waiting(PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));

        // the service refuses the line: the report comes back to the agent, the reason on top
        await().atMost(PATIENCE).until(() -> !Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).get()
                .uri("/engine-rest/task?processDefinitionKey=report-fault&assignee=wang.fang")
                .retrieve().body(List.class).isEmpty());
        page.navigate().refresh();
        browser.waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(
                By.partialLinkText("Assigned to me"))).click();
        browser.waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(
                By.partialLinkText("Correct the fault report — " + customerReference))).click();
        WebElement problem = tasklist.field("Fact_intakeProblem");
        assertThat(problem.getAttribute("value")).isEqualTo("Affected line: '" + otherCustomersLine
                + "' is not a line of customer " + customerReference);
        assertThat(problem.isEnabled()).as("the reason is shown, not editable").isFalse();
        browser.screenshot("report-fault-correct-form");
        assertThat(tickets()).isEmpty();

        tasklist.type("Input_lineNumber", lineNumber).click("Complete");

        await().atMost(PATIENCE).until(() -> !tickets().isEmpty());
        Map<String, Object> ticket = tickets().get(0);
        assertThat(ticket).containsEntry("severity", "major").containsEntry("ticketType", "speed");
        assertThat((Map<String, Object>) ticket.get("channel")).containsEntry("name", "phone");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> tickets() {
        List<Map<String, Object>> tickets = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).get()
                .uri(TICKETS + "?relatedParty.id={customer}&severity=major", customerReference)
                .retrieve().body(List.class);
        return tickets.stream().filter(ticket -> "speed".equals(ticket.get("ticketType"))).toList();
    }
}
