package io.linecare.staff;

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

import io.linecare.support.BrowserIntegrationTest;
import io.linecare.support.Http;

/**
 * A frontline agent opens a billing dispute with the start form in the real Camunda 7.24 Tasklist
 * (Chromium): the form renders with its plain line fields, takes the customer's answers, Start opens the
 * dispute. A line that is not on the bill comes back in Assigned to me with the reason on top, and
 * completing the corrected form opens the dispute, which then runs in billing-dispute.
 */
class OpenDisputeBrowserIT extends BrowserIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    JdbcClient jdbc;

    private WebDriver page;
    private TasklistPage tasklist;
    private String customerReference;
    private String billReference;
    private long billLine;
    private long lineOfAnotherBill;

    @BeforeEach
    void logInAsFrontline() {
        // a premium customer's recent bill nobody disputes (other classes dispute standard customers' bills)
        Map<String, Object> bill = jdbc.sql("""
                select b.id, b.reference, c.reference as customer from linecare.bill b
                  join linecare.customer c on c.id = b.customer_id
                 where c.tier = 'premium' and c.reference not in ('CU-000003', 'CU-000012')
                   and b.issued_on > current_date - 150
                   and not exists (select 1 from linecare.billing_dispute d where d.bill_id = b.id)
                   and exists (select 1 from linecare.bill_line l where l.bill_id = b.id and l.kind <> 'credit' and l.amount > 5)
                 order by b.id desc limit 1""").query().singleRow();
        customerReference = (String) bill.get("customer");
        billReference = (String) bill.get("reference");
        long billId = ((Number) bill.get("id")).longValue();
        billLine = jdbc.sql("select id from linecare.bill_line where bill_id = ? and kind <> 'credit' and amount > 5 order by id limit 1")
                .param(billId).query(Long.class).single();
        lineOfAnotherBill = jdbc.sql("select id from linecare.bill_line where bill_id <> ? order by id limit 1")
                .param(billId).query(Long.class).single();

        page = browser.driver();
        tasklist = new TasklistPage(browser, baseUrl()).logIn("wang.fang", DEMO_PASSWORD);
        browser.waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(By.linkText("Start process")));
    }

    @Test
    void anAgentOpensADisputeWithTheStartFormAndCorrectsALineNotOnTheBill() {
        page.findElement(By.linkText("Start process")).click();
        browser.waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(By.linkText("Open a billing dispute"))).click();
        tasklist.type("Input_customerReference", customerReference)
                .type("Input_billReference", billReference)
                .type("Input_reason", "The router rental is on the bill twice")
                .type("Input_billLine1", String.valueOf(lineOfAnotherBill))
                .type("Input_amount1", "2.50");
        browser.screenshot("open-dispute-start-form");
        tasklist.click("Start");
        browser.waiting(PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));

        // the service refuses the line: the dispute comes back to the agent, the reason on top
        await().atMost(PATIENCE).until(() -> !Http.as(baseUrl(), "wang.fang", DEMO_PASSWORD).get()
                .uri("/engine-rest/task?processDefinitionKey=open-dispute&assignee=wang.fang")
                .retrieve().body(List.class).isEmpty());
        page.navigate().refresh();
        browser.waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(
                By.partialLinkText("Assigned to me"))).click();
        browser.waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(
                By.partialLinkText("Correct the dispute — " + customerReference))).click();
        WebElement problem = tasklist.field("Fact_intakeProblem");
        assertThat(problem.getAttribute("value"))
                .isEqualTo("Bill line 1: bill line " + lineOfAnotherBill + " is not on bill " + billReference);
        assertThat(problem.isEnabled()).as("the reason is shown, not editable").isFalse();
        browser.screenshot("open-dispute-correct-form");
        assertThat(disputes()).isEmpty();

        tasklist.type("Input_billLine1", String.valueOf(billLine)).click("Complete");

        await().atMost(PATIENCE).until(() -> !disputes().isEmpty());
        Map<String, Object> dispute = disputes().get(0);
        assertThat(dispute).containsEntry("created_by", "wang.fang").containsEntry("channel", "phone");
        assertThat(jdbc.sql("select bill_line_id || ' ' || disputed_amount from linecare.billing_dispute_line where dispute_id = ?")
                .param(dispute.get("id")).query(String.class).list()).containsExactly(billLine + " 2.50");
        // the dispute runs: billing-dispute holds the money and goes on
        await().atMost(PATIENCE).until(() -> jdbc.sql("select count(*) from linecare.bill_hold where dispute_id = ?")
                .param(dispute.get("id")).query(Long.class).single() == 1);
    }

    private List<Map<String, Object>> disputes() {
        return jdbc.sql("select id, created_by, channel from linecare.billing_dispute where bill_reference = ?")
                .param(billReference).query().listOfRows();
    }
}
