package io.linecare.staff;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.linecare.support.Browser;

/**
 * Camunda 7.24 Tasklist as a person uses it: log in, pick a filter, open a task, claim it, fill its
 * Camunda Form (form-js), complete. Fields are found by their component id, which form-js puts at the
 * end of the input's DOM id.
 */
public final class TasklistPage {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /**
     * form-js passes typed text on to the form's data 300 ms after the last key (config.debounceInput);
     * a click on Start or Complete before that submits the field empty.
     */
    private static final long FORM_JS_INPUT_DEBOUNCE_MS = 300 + 200;

    private final Browser browser;
    private final WebDriver page;
    private final String baseUrl;

    public TasklistPage(Browser browser, String baseUrl) {
        this.browser = browser;
        this.page = browser.driver();
        this.baseUrl = baseUrl;
    }

    public TasklistPage logIn(String user, String password) {
        page.manage().deleteAllCookies();
        page.get(baseUrl + "/camunda/app/tasklist/default/");
        visible("input[ng-model='username']").sendKeys(user);
        page.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
        page.findElement(By.cssSelector("button[type='submit']")).click();
        visible(".task-filters");
        return this;
    }

    /** The names of the filters in the left column, as shown. */
    public List<String> filterNames() {
        visible(".task-filters .task-filter");
        // the link holds the name and, for the open filter, its task counter
        return page.findElements(By.cssSelector(".task-filters .task-filter h4.name a")).stream()
                .map(link -> link.getAttribute("textContent").strip().replaceAll("\\s+\\d+$", ""))
                .filter(text -> !text.isEmpty()).toList();
    }

    /** Opens the task whose name contains {@code name} from the open filter's list (reloading until it shows). */
    public TasklistPage openTask(String name) {
        WebElement link = browser.waiting(PATIENCE).until(driver -> {
            List<WebElement> found = driver.findElements(By.partialLinkText(name));
            if (found.isEmpty()) {
                driver.navigate().refresh();
                return null;
            }
            return found.get(0);
        });
        // a long list puts the task under Tasklist's footer: bring it to the middle first
        centre(link);
        link.click();
        visible(".fjs-form");
        return this;
    }

    /**
     * Opens a task by its id (Tasklist's own deep link), for a queue too long to find it by name on
     * the first page.
     */
    public TasklistPage openTaskById(String taskId) {
        page.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
        visible(".fjs-form");
        return this;
    }

    /** Claims the open task when Tasklist offers it (an unclaimed task's form cannot be completed). */
    public TasklistPage claim() {
        List<WebElement> claim = page.findElements(By.xpath("//button[normalize-space(.)='Claim'] | //a[normalize-space(.)='Claim']"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
            browser.waiting(PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(
                    By.xpath("//button[normalize-space(.)='Claim'] | //a[normalize-space(.)='Claim']")));
        }
        return this;
    }

    public WebElement field(String componentId) {
        return visible(".fjs-form [id$='" + componentId + "']");
    }

    public TasklistPage type(String componentId, String text) {
        WebElement field = field(componentId);
        centre(field);
        field.clear();
        // clear() leaves form-js number fields (and a default value) untouched: select all and delete too
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
        return this;
    }

    /** form-js draws a select as a text box with its own drop-down list. */
    public TasklistPage pick(String componentId, String label) {
        WebElement display = page.findElement(By.cssSelector(".fjs-form [id$='" + componentId + "-display']"));
        centre(display);
        display.click();
        browser.waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item') and contains(normalize-space(.), " + literal(label) + ")]")))
                .click();
        return this;
    }

    /** Chooses the radio button or ticks the checkbox labelled {@code label}. */
    public TasklistPage choose(String label) {
        WebElement option = browser.waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'fjs-form')]//label[normalize-space(.)=" + literal(label) + "]")));
        centre(option);
        option.click();
        return this;
    }

    /** Clicks the displayed, enabled button with this text (Tasklist has several, and hides some). */
    public TasklistPage click(String text) {
        settle();
        WebElement button = browser.waiting(PATIENCE).until(driver -> driver.findElements(By.tagName("button"))
                .stream().filter(b -> b.isDisplayed() && b.isEnabled() && b.getText().trim().equals(text))
                .findFirst().orElse(null));
        centre(button);
        button.click();
        return this;
    }

    public WebElement visible(String css) {
        return browser.waiting(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public WebDriver page() {
        return page;
    }

    /** A string as an XPath 1.0 literal: labels like "customer's" need the other quotes. */
    static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    /** A long form leaves the element under Tasklist's footer: bring it to the middle first. */
    private void centre(WebElement element) {
        ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private static void settle() {
        try {
            Thread.sleep(FORM_JS_INPUT_DEBOUNCE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
