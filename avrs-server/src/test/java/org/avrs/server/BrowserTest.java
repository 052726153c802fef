package org.avrs.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.avrs.core.Signal;
import org.avrs.signal.io.WavWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI end to end in headless Chromium: a viewer searches the catalog, starts watching, speaks
 * into a fake microphone that plays an EmoDB recording (or, without the shared data, a synthetic voiced
 * clip), picks a mood, sees the affect timeline and live recommendations, ends with a rating, and
 * erases their data. A screenshot of the viewing page is checked and kept in target/.
 */
class BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(45);

    @TempDir
    Path temp;

    @Test
    void aViewerWatchesSpeaksSeesTheirAffectAndErasesTheirData() throws Exception {
        Browser.requireInstalled();
        try (TestServer server = TestServer.start(TestDatabases.Kind.SQLITE, temp)) {
            ChromeDriver driver = Browser.start(temp.resolve("profile"), microphone());
            try {
                run(driver, server);
            } finally {
                driver.quit();
            }
        }
    }

    private void run(ChromeDriver driver, TestServer server) throws Exception {
        // The page re-renders the timeline chart when an entry arrives, so an element found a moment
        // ago can go stale while it is read: the waits then look again instead of failing.
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        driver.get(server.server().url() + "#/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(testid("viewer-id"), "viewer vw_"));
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=video-grid] .card")).size() == 24);
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=home-recs] li")).size() == 8);
        keep("catalog-page.png", driver.getScreenshotAs(OutputType.BYTES));

        driver.findElement(testid("search-input")).sendKeys("toy story");
        driver.findElement(testid("search-button")).click();
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=video-grid] .card")).size() == 3);
        driver.findElement(testid("watch-1")).click();
        wait.until(ExpectedConditions.textToBe(testid("video-title"), "Toy Story (1995)"));

        driver.findElement(testid("start-session")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(testid("session-status"), "Watching"));
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid=live-recs] li")).isEmpty());

        driver.findElement(testid("record-voice")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(testid("voice-status"), "Heard: you seem"));
        wait.until(d -> points(d) == 1);

        driver.findElement(testid("mood-sadness")).click();
        wait.until(d -> points(d) == 2);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(testid("current-affect"), "Now: you seem"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(testid("recs-basis"), "you seem"));
        assertThat(driver.findElements(By.cssSelector("[data-testid=live-recs] .why")).get(0).getText())
                .startsWith("you seem");

        checkScreenshot(driver.getScreenshotAs(OutputType.BYTES));

        String token = (String) driver.executeScript("return localStorage.getItem('avrs.token')");
        ApiClient api = server.anonymous().as(token);
        String sessionId = api.get("/api/sessions").json().get(0).get("id").asText();
        JsonNode entries = api.get("/api/sessions/" + sessionId + "/timeline").get("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("modality").asText()).isEqualTo("speech");
        assertThat(entries.get(0).get("end").asDouble() - entries.get(0).get("start").asDouble())
                .as("the clip is about 3 s of 16 kHz audio").isBetween(2.0, 4.0);
        assertThat(entries.get(1).get("affect").get("dominant").asText()).isEqualTo("sadness");

        new org.openqa.selenium.support.ui.Select(driver.findElement(testid("rating"))).selectByValue("4");
        driver.findElement(testid("end-session")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(testid("session-status"), "rated 4"));

        driver.findElement(testid("nav-history")).click();
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=history] tbody tr")).size() == 1);
        driver.findElement(testid("erase")).click();
        driver.findElement(testid("erase-confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(testid("erased"), "1 sessions, 2 affect entries"));
        assertThat(api.get("/api/viewers/me").status()).isEqualTo(401);
    }

    private static int points(WebDriver d) {
        WebElement chart = d.findElement(testid("timeline-chart"));
        return Integer.parseInt(chart.getDomAttribute("data-points"));
    }

    /** Keeps a screenshot in target/browser (docs/img/ holds copies). */
    private static void keep(String name, byte[] png) throws java.io.IOException {
        Path out = Path.of("target", "browser", name);
        Files.createDirectories(out.getParent());
        Files.write(out, png);
    }

    /** The viewing page screenshot: a real picture, not a blank page; kept for the docs. */
    private static void checkScreenshot(byte[] png) throws Exception {
        keep("viewing-page.png", png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(1000);
        assertThat(image.getHeight()).isGreaterThanOrEqualTo(700);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours in the screenshot (a blank page has a handful)").isGreaterThan(100);
    }

    /** An EmoDB recording (anger, speaker 03) when the shared data is present, else a synthetic voiced clip. */
    private Path microphone() throws Exception {
        Path shared = org.avrs.core.testing.SharedData.root();
        Path emodb = shared == null ? null : shared.resolve("emodb/wav/03a01Wa.wav");
        if (emodb != null && Files.isRegularFile(emodb)) {
            return emodb;
        }
        System.out.println("browser test: EmoDB not found under the shared data; the fake microphone plays a synthetic clip");
        int rate = 22_050;
        double[] x = new double[rate * 3];
        for (int i = 0; i < x.length; i++) {
            double t = (double) i / rate;
            double f0 = 140 + 30 * Math.sin(2 * Math.PI * 1.5 * t);
            double v = 0;
            for (int k = 1; k <= 12; k++) {
                v += Math.sin(2 * Math.PI * k * f0 * t) / k;
            }
            x[i] = 0.25 * v * (0.6 + 0.4 * Math.sin(2 * Math.PI * 3 * t));
        }
        Path file = temp.resolve("synthetic-voice.wav");
        WavWriter.write(Signal.of(rate, x), org.avrs.signal.io.WavFormat.Encoding.PCM_S16, file);
        return file;
    }

    private static By testid(String id) {
        return By.cssSelector("[data-testid=" + id + "]");
    }
}
