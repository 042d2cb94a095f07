package id.etalase.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium posing as a shopper's cheap Android phone set to Indonesian, driven through its
 * chromedriver. Both are given by path so Selenium Manager never tries to download a browser or a driver.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;
    static final String PHONE_USER_AGENT = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36";
    static final String PHONE_LANGUAGE = "id-ID";
    static final Duration WAIT = Duration.ofSeconds(10);

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    private BrowserSession(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        this.profile = profile;
    }

    /** Whether Chromium is installed; a missing chromedriver beside it is a broken set-up and fails at start. */
    static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    static BrowserSession start() throws IOException {
        return start(PHONE_WIDTH, PHONE_HEIGHT);
    }

    /** The same phone with a screen of this size in CSS pixels. */
    static BrowserSession start(int width, int height) throws IOException {
        Path profile = Files.createDirectories(Path.of("target", "chromium-profile-" + System.nanoTime()));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath());
        // A phone set to Indonesian: the portal answers in the language Accept-Language asks for.
        options.addArguments("--lang=" + PHONE_LANGUAGE);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", PHONE_LANGUAGE + ",id,en-US,en"));
        // --window-size gives no phone viewport in headless mode; device emulation does.
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 3.0),
                "userAgent", PHONE_USER_AGENT));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .withLogFile(new File("target/chromedriver.log"))
                .build();
        return new BrowserSession(new ChromeDriver(service, options), profile);
    }

    /** Saves what the phone shows now as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        try {
            Path file = Files.createDirectories(SCREENSHOTS).resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Width of the page's content beyond the viewport, in CSS pixels: 0 when nothing scrolls sideways. */
    long horizontalOverflow() {
        return (Long) driver.executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                List<Path> deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
                for (Path file : deepestFirst) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
