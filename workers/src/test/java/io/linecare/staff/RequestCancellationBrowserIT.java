package io.linecare.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linecare.support.BrowserIntegrationTest;

/**
 * A frontline agent takes a cancellation with the start form in the real Camunda 7.24 Tasklist
 * (Chromium): the reason select and the plain date field take the caller's answers, Start takes the
 * request, and cancellation-save runs with the end date the agent typed.
 */
class RequestCancellationBrowserIT extends BrowserIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    JdbcClient jdbc;

    private WebDriver page;
    private TasklistPage tasklist;
    private String customerReference;
    private String lineNumber;

    @BeforeEach
    void logInAsFrontline() {
        // from the top, past the lines RequestCancellationIT takes; CancellationSaveIT and RetentionBrowserIT take them from the bottom
        Map<String, Object> line = jdbc.sql("""
                select c.reference, s.line_number from linecare.subscription s join linecare.customer c on c.id = s.customer_id
                 where s.status = 'active' and c.reference > 'CU-000010'
                   and not exists (select 1 from linecare.trouble_ticket t where t.customer_id = c.id)
                   and not exists (select 1 from linecare.cancellation_request r where r.customer_id = c.id)
                 order by c.id desc, s.id offset 5 limit 1""").query().singleRow();
        customerReference = (String) line.get("reference");
        lineNumber = (String) line.get("line_number");

        page = browser.driver();
        tasklist = new TasklistPage(browser, baseUrl()).logIn("wang.fang", DEMO_PASSWORD);
        browser.waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(By.linkText("Start process")));
    }

    @Test
    void anAgentTakesACancellationWithTheStartForm() {
        LocalDate lastDay = LocalDate.now(ZoneOffset.UTC).plusDays(25);
        page.findElement(By.linkText("Start process")).click();
        browser.waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(By.linkText("Request a cancellation"))).click();
        tasklist.type("Input_customerReference", customerReference)
                .type("Input_lineNumber", lineNumber)
                .pick("Input_reason", "A competitor's offer")
                .type("Input_reasonDetail", "The neighbour pays half for the same speed")
                .type("Input_desiredEndDate", lastDay.toString());
        browser.screenshot("request-cancellation-start-form");
        tasklist.click("Start");
        browser.waiting(PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));

        await().atMost(PATIENCE).until(() -> !requests().isEmpty());
        assertThat(requests()).singleElement().satisfies(request -> assertThat(request)
                .containsEntry("reason", "competitor-offer").containsEntry("reason_detail", "The neighbour pays half for the same speed")
                .containsEntry("requested_end_date", java.sql.Date.valueOf(lastDay)).containsEntry("channel", "phone")
                .containsEntry("created_by", "wang.fang"));
    }

    private List<Map<String, Object>> requests() {
        return jdbc.sql("""
                select reason, reason_detail, requested_end_date, channel, created_by from linecare.cancellation_request
                 where line_number = ? and customer_reference = ?""")
                .param(lineNumber).param(customerReference).query().listOfRows();
    }
}
