package org.lms.it.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.RunningApplication;

/**
 * Base of the browser tests: the application started once for the test run, one English-speaking
 * headless Chromium per test class, and no session carried from one test to the next.
 * A test that needs another language starts its own {@link Browser} in try-with-resources.
 */
@ExtendWith(RunningApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    protected Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(Browser.ENGLISH);
    }

    @BeforeEach
    void startSignedOut() {
        browser.forgetSession();
    }

    @AfterAll
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
