package io.linecare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through Debian's chromedriver, both found on the machine: Selenium never
 * downloads a browser or driver here. Without them a browser test is skipped with a notice on the
 * console; under CI (CI=true, where .ci/run installs both) their absence fails the test instead.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> CHROMEDRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    /** Screenshots of every form land here, per test class. */
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    public static Browser open() {
        Optional<String> chromium = firstExisting(CHROMIUM);
        Optional<String> chromedriver = firstExisting(CHROMEDRIVER);
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String notice = "BROWSER TESTS SKIPPED: Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER
                    + ") not found; install them with: apt-get install chromium chromium-driver";
            System.err.println("\n*** " + notice + " ***\n");
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(notice + " (CI must run them: .ci/run installs both)");
            }
            Assumptions.abort(notice);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Paths.get(chromedriver.get()).toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return new Browser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** Saves the page as target/screenshots/{name}.png and answers the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Optional<String> firstExisting(List<String> paths) {
        return paths.stream().filter(path -> Files.isExecutable(Paths.get(path))).findFirst();
    }
}
