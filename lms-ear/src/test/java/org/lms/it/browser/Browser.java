package org.lms.it.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.lms.it.support.RunningApplication;
import org.lms.it.support.TestPaths;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium with a fresh profile, driven through Debian's chromedriver (Selenium
 * Manager is never asked to download anything), and the few moves the browser tests make:
 * open a page, sign in, submit and wait for the next page, wait for PrimeFaces ajax, read texts.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Languages as a browser sends them in Accept-Language. */
    static final String ENGLISH = "en-US,en";
    static final String GERMAN = "de-DE,de";

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(50);

    /**
     * Debian's Chromium is newer than the DevTools versions Selenium bundles, so Selenium warns at
     * every start that it found none to match. These tests use no DevTools API (cookies are cleared
     * through chromedriver's own CDP endpoint), so the warning says nothing; the loggers are kept
     * here because java.util.logging holds them weakly.
     */
    private static final List<Logger> QUIETED = Stream.of("org.openqa.selenium.devtools.CdpVersionFinder",
            "org.openqa.selenium.chromium.ChromiumDriver").map(Logger::getLogger).toList();

    static {
        QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private static final String IDLE = "return document.readyState === 'complete'"
            + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
            // An overlay (a list's panel, a picker's offers) still sliding in moves its items, and
            // PrimeFaces scrolls the chosen item into view once it has: a click then lands on a
            // neighbour. Idle means no transition is running either.
            + " && (!window.PrimeFaces || !PrimeFaces.animationActive)"
            + " && (!window.jQuery || jQuery(':animated').length === 0)";

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, WAIT, POLL);
    }

    /** Starts a browser whose preferred languages are {@code languages}, e.g. {@link #GERMAN}. */
    static Browser start(String languages) {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            throw new AssertionError("Browser tests need Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": run 'apt-get install -y chromium chromium-driver' (as root) and test again.");
        }
        Path work = TestPaths.work("browser");
        String name = UUID.randomUUID().toString();
        Path profile = work.resolve("profile-" + name);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(work.resolve("chromedriver-" + name + ".log").toFile())
                .build();

        String primary = languages.split(",")[0];
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--window-size=1280,900",
                "--user-data-dir=" + profile, "--lang=" + primary);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);

        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            service.stop();
            throw new AssertionError("Chromium did not start through " + CHROMEDRIVER + "; see the chromedriver log in " + work, e);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, service, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the portal, e.g. {@code open("/login.xhtml")}, and waits until it is idle. */
    void open(String path) {
        driver.get(RunningApplication.url(path));
        waitUntilIdle();
    }

    /** The path of the page now shown, without host or query. */
    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    String query() {
        String query = URI.create(driver.getCurrentUrl()).getQuery();
        return query == null ? "" : query;
    }

    /** Waits until the page has loaded and PrimeFaces has no ajax request under way. */
    void waitUntilIdle() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(IDLE)));
    }

    /** The element once it is visible. */
    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** The text of the label of a field, without the mark PrimeFaces adds to required ones. */
    String label(String fieldId) {
        WebElement label = visible(By.cssSelector("label[for='" + fieldId + "']"));
        String mark = label.findElements(By.cssSelector(".ui-outputlabel-rfi")).stream().map(WebElement::getText).findFirst().orElse("");
        String text = label.getText().trim();
        return text.endsWith(mark) ? text.substring(0, text.length() - mark.length()).trim() : text;
    }

    /**
     * The trimmed texts of every element {@code css} selects, read in one script: a part of the page
     * an ajax answer re-renders meanwhile cannot leave some of them read and the rest stale.
     */
    List<String> texts(String css) {
        Object texts = driver.executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(function (e) { return e.innerText.trim(); })", css);
        return ((List<?>) texts).stream().map(String::valueOf).toList();
    }

    /** The visible text of the element, trimmed. */
    String text(By locator) {
        return visible(locator).getText().trim();
    }

    boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    void type(By field, String text) {
        WebElement input = visible(field);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Replaces a field's text the way a person does, selecting all of it first: formatted inputs
     * such as PrimeFaces' inputNumber do not empty on {@code clear()}.
     */
    void retype(By field, String text) {
        WebElement input = visible(field);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** Clicks a control that loads a new page and waits until the new page is idle. */
    void clickAndWaitForPage(By control) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(control));
        whileLoadingNextPage(button::click);
    }

    /**
     * Runs {@code action}, which loads another page (a click, a key), and waits until that page is
     * idle. The old page is marked, and the wait ends on a page without the mark: a reference to the
     * old page's elements is no use, as chromedriver does not always report them stale while the
     * next page loads.
     */
    void whileLoadingNextPage(Runnable action) {
        String mark = UUID.randomUUID().toString();
        driver.executeScript("window.lmsTestPageMark = arguments[0]", mark);
        action.run();
        new WebDriverWait(driver, WAIT, POLL)
                .ignoring(WebDriverException.class) // the script may run while one document replaces another
                .withMessage("another page after the action")
                .until(d -> !mark.equals(driver.executeScript("return window.lmsTestPageMark || ''")));
        waitUntilIdle();
    }

    /** Keys sent to whatever has the focus, as a person at the keyboard would. */
    void pressKeys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** The id of the element that has the keyboard focus ("" for none or an element without id). */
    String focusedId() {
        Object id = driver.executeScript("return document.activeElement ? document.activeElement.id : ''");
        return id == null ? "" : id.toString();
    }

    /** The text of the element that has the keyboard focus. */
    String focusedText() {
        Object text = driver.executeScript("return document.activeElement ? document.activeElement.textContent.trim() : ''");
        return text == null ? "" : text.toString();
    }

    void waitUntilFocused(String id) {
        new WebDriverWait(driver, WAIT, POLL).withMessage(() -> "focus on #" + id + ", not on #" + focusedId())
                .until(d -> id.equals(focusedId()));
    }

    /** The summaries shown by a {@code p:messages} component. */
    List<String> messages(String messagesId) {
        WebElement messages = driver.findElement(By.id(messagesId));
        return messages.findElements(By.cssSelector(".ui-messages-error-summary, .ui-messages-warn-summary,"
                + " .ui-messages-info-summary, .ui-messages-fatal-summary")).stream()
                .map(summary -> summary.getText().trim())
                .toList();
    }

    /**
     * The labels of every entry of the main menu, including those of closed submenus: the menubar's,
     * or the links of a menu without sections.
     */
    List<String> menuLabels() {
        return driver.findElements(By.cssSelector("[id='shell:mainMenu'] .ui-menuitem-text, [id='shell:mainMenu'] .top-link")).stream()
                .map(label -> String.valueOf(label.getDomProperty("textContent")).trim())
                .toList();
    }

    /**
     * What the page wrote to the browser console since the last call (Chromium keeps it until read).
     */
    List<LogEntry> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** The PrimeFaces widgets the page's scripts created, by widget variable. */
    List<String> primeFacesWidgets() {
        Object widgets = driver.executeScript("return window.PrimeFaces && PrimeFaces.widgets ? Object.keys(PrimeFaces.widgets) : []");
        return ((List<?>) widgets).stream().map(String::valueOf).toList();
    }

    /**
     * Chooses the entry labelled {@code label} in a PrimeFaces select menu, through its widget, as a
     * click would (its ajax behaviour fires), and waits until the page is idle again.
     */
    void choose(String selectId, String label) {
        Object chosen = driver.executeScript("var select = document.getElementById(arguments[0] + '_input');"
                + "var option = Array.from(select.options).find(o => o.text.trim() === arguments[1]);"
                + "if (!option) { return Array.from(select.options).map(o => o.text.trim()).join(' | '); }"
                + "var widget = Object.values(PrimeFaces.widgets).find(w => w.id === arguments[0]);"
                // selectValue changes quietly; triggerChange then runs the menu's change behaviour as a click does.
                + "widget.selectValue(option.value); if (widget.triggerChange) { widget.triggerChange(); } return 'ok';",
                selectId, label);
        if (!"ok".equals(chosen)) {
            throw new AssertionError("no entry '" + label + "' in #" + selectId + ", only: " + chosen);
        }
        waitUntilIdle();
    }

    /** The labels a select menu offers, in order. */
    List<String> options(String selectId) {
        Object labels = driver.executeScript("return Array.from(document.getElementById(arguments[0] + '_input').options)"
                + ".map(o => o.text.trim())", selectId);
        return ((List<?>) labels).stream().map(String::valueOf).toList();
    }

    /** The value of a cookie of the portal, e.g. the session's, for fetching a download directly. */
    String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    String title() {
        return driver.getTitle();
    }

    /** Clicks a control that sends a PrimeFaces ajax request and waits until it is answered. */
    void clickAndWait(By control) {
        wait.until(ExpectedConditions.elementToBeClickable(control)).click();
        waitUntilIdle();
    }

    /** Waits until {@code condition} holds, e.g. a delayed search has updated a table. */
    void waitFor(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT, POLL).ignoring(WebDriverException.class).withMessage(what)
                .until(d -> condition.getAsBoolean());
        waitUntilIdle();
    }

    /** Whether the page's scripts ran something planted in text (XSS tests plant {@code window.lmsXss = 1}). */
    boolean plantedScriptRan() {
        return Boolean.TRUE.equals(driver.executeScript("return window.lmsXss === 1"));
    }

    /** Forgets every cookie, so the session (signed in or not) is gone and the next page starts afresh. */
    void forgetSession() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Opens the sign-in page and submits the form. */
    void signIn(String email, String password) {
        open("/login.xhtml");
        type(By.id("signIn:email"), email);
        type(By.id("signIn:password"), password);
        clickAndWaitForPage(By.id("signIn:submit"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // the profile lives under target/ and goes with the next clean
        }
    }
}
