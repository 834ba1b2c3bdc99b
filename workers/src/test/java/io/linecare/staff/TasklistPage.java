package io.linecare.staff;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.linecare.support.Browser;

/** Camunda 7.24 Tasklist as a person uses it: log in, pick a filter, open a task, fill its form, complete. */
final class TasklistPage {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Browser browser;
    private final WebDriver page;
    private final WebDriverWait waiting;
    private final String baseUrl;

    TasklistPage(Browser browser, String baseUrl) {
        this.browser = browser;
        this.page = browser.driver();
        this.waiting = browser.waiting(WAIT);
        this.baseUrl = baseUrl;
    }

    TasklistPage logIn(String user, String password) {
        page.get(baseUrl + "/camunda/app/tasklist/default/");
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        page.findElement(By.cssSelector("input[placeholder=Username]")).sendKeys(user);
        page.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
        page.findElement(By.cssSelector("button[type=submit]")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters")));
        return this;
    }

    /** Saves the current DOM next to the screenshots: what a failing selector saw. */
    void dumpPage(String name) {
        try {
            java.nio.file.Files.createDirectories(Browser.SCREENSHOTS);
            java.nio.file.Files.writeString(Browser.SCREENSHOTS.resolve(name + ".html"), page.getPageSource());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The names of the filters in the left column, as shown. */
    List<String> filterNames() {
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters .task-filter")));
        // the link holds the name and, for the open filter, its task counter
        return page.findElements(By.cssSelector(".task-filters .task-filter h4.name a")).stream()
                .map(link -> link.getAttribute("textContent").strip().replaceAll("\\s+\\d+$", ""))
                .filter(text -> !text.isEmpty()).toList();
    }

    Browser browser() {
        return browser;
    }
}
