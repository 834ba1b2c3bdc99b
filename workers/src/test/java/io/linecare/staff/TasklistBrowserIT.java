package io.linecare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.linecare.support.BrowserIntegrationTest;

/** Staff in Tasklist, in a real Chromium. */
class TasklistBrowserIT extends BrowserIntegrationTest {

    @Test
    void aDispatcherLogsInAndSeesTheQueuesMadeForThem() {
        TasklistPage tasklist = new TasklistPage(browser, baseUrl()).logIn("zhao.lei", DEMO_PASSWORD);

        List<String> filters = tasklist.filterNames();
        browser.screenshot("tasklist-dispatch-filters");
        assertThat(filters).contains("My group's queue", "Promise at risk", "Big clients", "Waiting for customer",
                "Assigned to me");
    }
}
