package io.linecare.repair.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.support.Browser;
import io.linecare.support.Http;
import io.linecare.support.LinecareIntegrationTest;

/**
 * A frontline agent reports a fault with the start form in the real Camunda 7.24 Tasklist (Chromium):
 * the form renders, its selects and fields take the caller's answers, Start opens the ticket. A
 * report with a line that is not the customer's comes back in Assigned to me with the reason on top,
 * and completing the corrected form opens the ticket.
 */
class ReportFaultBrowserIT extends LinecareIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /**
     * form-js passes typed text on to the form's data 300 ms after the last key (config.debounceInput);
     * a click on Start before that submits the field empty and Tasklist keeps the dialog open.
     */
    private static final long FORM_JS_INPUT_DEBOUNCE_MS = 300 + 200;
    private static final String TICKETS = "/tmf-api/troubleTicket/v4/troubleTicket";

    @Autowired
    JdbcClient jdbc;

    private Browser browser;
    private WebDriver page;
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

        browser = Browser.open();
        page = browser.driver();
        page.get(baseUrl() + "/camunda/app/tasklist/default/");
        visible("input[ng-model='username']").sendKeys("wang.fang");
        page.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(DEMO_PASSWORD);
        page.findElement(By.cssSelector("button[type='submit']")).click();
        browser.waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(By.linkText("Start process")));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAgentReportsAFaultWithTheStartFormAndCorrectsAWrongLine() {
        page.findElement(By.linkText("Start process")).click();
        browser.waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(By.linkText("Report a fault"))).click();
        visible(".fjs-form [id$='Input_customerReference']").sendKeys(customerReference);
        field("Input_lineNumber").sendKeys(otherCustomersLine);
        pick("Input_severity", "Major");
        pick("Input_ticketType", "Slower than the plan promises");
        field("Input_description").sendKeys("Speed drops to 2 Mbit/s every evening since Monday");
        browser.screenshot("report-fault-start-form");
        letFormJsTakeTheTypedText();
        click("Start");
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
        WebElement problem = visible(".fjs-form [id$='Fact_intakeProblem']");
        assertThat(problem.getAttribute("value")).isEqualTo("Affected line: '" + otherCustomersLine
                + "' is not a line of customer " + customerReference);
        assertThat(problem.isEnabled()).as("the reason is shown, not editable").isFalse();
        browser.screenshot("report-fault-correct-form");
        assertThat(tickets()).isEmpty();

        WebElement line = field("Input_lineNumber");
        line.clear();
        line.sendKeys(lineNumber);
        letFormJsTakeTheTypedText();
        click("Complete");

        await().atMost(PATIENCE).until(() -> !tickets().isEmpty());
        Map<String, Object> ticket = tickets().get(0);
        assertThat(ticket).containsEntry("severity", "major").containsEntry("ticketType", "speed");
        assertThat((Map<String, Object>) ticket.get("channel")).containsEntry("name", "phone");
    }

    @SuppressWarnings("unchecked")
    private static void letFormJsTakeTheTypedText() {
        try {
            Thread.sleep(FORM_JS_INPUT_DEBOUNCE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Map<String, Object>> tickets() {
        List<Map<String, Object>> tickets = Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).get()
                .uri(TICKETS + "?relatedParty.id={customer}&severity=major", customerReference)
                .retrieve().body(List.class);
        return tickets.stream().filter(ticket -> "speed".equals(ticket.get("ticketType"))).toList();
    }

    private WebElement visible(String css) {
        return browser.waiting(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private WebElement field(String id) {
        return page.findElement(By.cssSelector(".fjs-form [id$='" + id + "']"));
    }

    /** form-js draws a select as a text box with its own drop-down list. */
    private void pick(String id, String label) {
        page.findElement(By.cssSelector(".fjs-form [id$='" + id + "-display']")).click();
        browser.waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item') and contains(normalize-space(.), '" + label + "')]")))
                .click();
    }

    /** Clicks the displayed, enabled button with this text (Tasklist has several, and hides some). */
    private void click(String text) {
        WebElement button = browser.waiting(PATIENCE).until(driver -> driver.findElements(By.tagName("button"))
                .stream().filter(b -> b.isDisplayed() && b.isEnabled() && b.getText().trim().equals(text))
                .findFirst().orElse(null));
        // a long form leaves the button under Tasklist's footer: bring it to the middle first
        ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }
}
