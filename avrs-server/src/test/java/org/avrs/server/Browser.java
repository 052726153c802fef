package org.avrs.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's ChromeDriver (no browser download). Tests that need
 * it are skipped, with the reason printed, when either is missing; with {@code AVRS_REQUIRE_BROWSER=1}
 * (set by .ci/run) they fail instead.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    /** Skips (or, when required, fails) unless Chromium and ChromeDriver are installed. */
    static void requireInstalled() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (present) {
            return;
        }
        String reason = "browser test skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver; .ci/run installs them)";
        if ("1".equals(System.getenv("AVRS_REQUIRE_BROWSER"))) {
            throw new AssertionError(reason.replace("skipped", "required (AVRS_REQUIRE_BROWSER=1) but missing"));
        }
        System.out.println(reason);
        Assumptions.abort(reason);
    }

    /**
     * A headless Chromium with a fresh profile, no background networking, and a fake microphone that
     * plays {@code microphone} (a WAV file) with the permission prompt auto-accepted.
     */
    static ChromeDriver start(Path profileDir, Path microphone) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--disable-default-apps", "--window-size=1280,1000", "--lang=en-US",
                "--user-data-dir=" + profileDir.toAbsolutePath(),
                "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-audio-capture=" + microphone.toAbsolutePath()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
