package dev.goose.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for page tests, driven by Selenium with the system chromedriver so
 * that nothing is ever downloaded. Every feature's browser tests use it:
 * {@code try (Browser browser = Browser.open(baseUrl)) { browser.visit("/"); ... }}.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("goose.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("goose.test.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        // Pages load and htmx swaps parts of them: an element found a moment ago may be gone, and
        // Chrome then says so in more than one way. Look again until the wait runs out.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        this.wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Opens a fresh browser, or skips the test (fails it in strict mode) when Chromium is missing. */
    public static Browser open(String baseUrl) {
        Requirements.require(available(), "Chromium and chromedriver (apt-get install chromium chromium-driver)");
        try {
            Path profile = Files.createTempDirectory("goose-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile, baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a path of the application under test, or a full URL. */
    public Browser visit(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
        return this;
    }

    public Browser type(String cssSelector, String text) {
        WebElement field = find(cssSelector);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Sets a field's value as the page sees it; for date inputs, whose typing order follows the browser's locale. */
    public Browser setValue(String cssSelector, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", find(cssSelector), value);
        return this;
    }

    /** Scrolls the element to the top of the window, to look at what lies below the fold. */
    public Browser scrollTo(String cssSelector) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", find(cssSelector));
        return this;
    }

    public Browser choose(String cssSelector, String visibleText) {
        new Select(find(cssSelector)).selectByVisibleText(visibleText);
        return this;
    }

    public Browser click(String cssSelector) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)));
        wait.until(d -> {
            d.findElement(By.cssSelector(cssSelector)).click();
            return true;
        });
        return this;
    }

    /**
     * Drags one element onto another with the HTML5 drag-and-drop events, which Chrome does not raise
     * for WebDriver's synthetic mouse moves.
     */
    public Browser dragTo(String fromSelector, String toSelector) {
        driver.executeScript("""
                const from = document.querySelector(arguments[0]);
                const to = document.querySelector(arguments[1]);
                const data = new DataTransfer();
                from.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: data }));
                to.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
                to.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
                """, fromSelector, toSelector);
        return this;
    }

    public WebElement find(String cssSelector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    /** Waits until the page shows the text somewhere, then returns the page text. */
    public String waitForText(String text) {
        return wait.until(d -> {
            String body = d.findElement(By.tagName("body")).getText();
            return body.contains(text) ? body : null;
        });
    }

    public Browser waitForAttribute(String cssSelector, String attribute, String value) {
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(cssSelector), attribute, value));
        return this;
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return driver.getCurrentUrl().replace(baseUrl, "");
    }

    public Browser resizeTo(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return this;
    }

    /** The width of the page's content: wider than the window means sideways scrolling. */
    public long pageWidth() {
        return (Long) driver.executeScript("return document.documentElement.scrollWidth;");
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Saves what the page looks like to target/screenshots/NAME.png, for people to look at. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
