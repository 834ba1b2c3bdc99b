package io.linecare.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * An integration test that drives the real webapps in Chromium: a fresh browser for every test, opened
 * before the test class's own set-up and closed even when the test fails.
 */
public abstract class BrowserIntegrationTest extends LinecareIntegrationTest {

    protected Browser browser;

    @BeforeEach
    void openTheBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
