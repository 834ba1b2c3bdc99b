package io.linecare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.linecare.support.Browser;
import io.linecare.support.LinecareIntegrationTest;

/** Staff in Tasklist, in a real Chromium. */
class TasklistBrowserIT extends LinecareIntegrationTest {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aDispatcherLogsInAndSeesTheQueues() {
        WebDriver page = browser.driver();
        page.get(baseUrl() + "/camunda/app/tasklist/default/");
        browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        browser.screenshot("login");
        System.out.println(page.getPageSource().substring(0, Math.min(6000, page.getPageSource().length())));
        assertThat(page.getTitle()).isNotBlank();
    }
}
