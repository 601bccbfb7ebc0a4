package org.xbrllinker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xbrllinker.check.CheckCatalogue;
import org.xbrllinker.rdf.XbrlStore;
import org.xbrllinker.serve.SparqlServer;

/**
 * The query page in a real browser: headless Chromium (Debian's chromium and chromium-driver) opens {@code serve}'s
 * page on the tampered seed, runs the "failed reconciliations" example, reads the numbers in the result table,
 * opens the finding's page from it, and saves screenshots under {@code target/screenshots/}. Skipped where
 * chromedriver is not installed ({@code .ci/run} installs it).
 */
class QueryPageBrowserTest {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path tmp;

    static XbrlStore store;
    static FusekiServer server;
    static WebDriver driver;
    static String root;

    @BeforeAll
    static void serveAndOpenABrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "no " + CHROMEDRIVER + " or " + CHROMIUM + ": apt-get install chromium chromium-driver");
        store = CliTest.linkedTamperedSeed(tmp.resolve("tampered"));
        server = SparqlServer.start(store, new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(30), 10_000,
                false), CheckCatalogue.load(List.of()));
        root = "http://127.0.0.1:" + server.getHttpPort();

        // the system's driver and browser, named outright, so that Selenium Manager looks nothing up
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        Served.stop(server);
        Served.close(store);
    }

    @Test
    void theFailedReconciliationsExampleShowsTheTamperedTotalAndOpensItsFinding() throws IOException {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        driver.get(root + "/");
        // YASGUI has drawn its editor, set to this server's endpoint
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        WebElement endpoint = driver.findElement(By.cssSelector(".tabPanel.active .autocompleteWrapper input.autocomplete"));
        assertEquals(root + SparqlServer.DATASET + "/sparql", endpoint.getAttribute("value"));
        assertTrue(driver.findElement(By.cssSelector(".yasqe .CodeMirror")).getText()
                .contains("PREFIX xlk: <https://w3id.org/xbrl-linker/ns#>"), "the vocabulary's prefixes are filled in");

        driver.findElement(By.cssSelector("button[data-example='failed-reconciliations.rq']")).click();

        // the example's tab, with the result table's rows once the endpoint has answered
        By rows = By.cssSelector(".tabPanel.active .yasr table.dataTable tbody tr");
        wait.until(d -> d.findElements(rows).stream().anyMatch(r -> r.getText().contains("calculation")));
        String tab = driver.findElement(By.cssSelector(".tabsList .tab.active")).getText();
        assertTrue(tab.startsWith("Failed reconciliations with their numbers"), tab);
        List<String> headers = new ArrayList<>();
        driver.findElements(By.cssSelector(".tabPanel.active .yasr table.dataTable thead th"))
                .forEach(th -> headers.add(th.getText().trim()));
        List<WebElement> found = driver.findElements(rows);
        assertEquals(1, found.size(), "one failed reconciliation: " + headers);
        List<String> cells = new ArrayList<>();
        found.get(0).findElements(By.tagName("td")).forEach(td -> cells.add(td.getText().trim()));
        // the simple view shows the decimals' lexical forms (2047650.0)
        assertEquals(0, new BigDecimal("2047650").compareTo(amount(cells.get(headers.indexOf("reported")))), cells.toString());
        assertEquals(0, new BigDecimal("2047560").compareTo(amount(cells.get(headers.indexOf("computed")))), cells.toString());
        assertEquals(0, new BigDecimal("90").compareTo(amount(cells.get(headers.indexOf("difference")))), cells.toString());
        assertEquals("2021-12-31", cells.get(headers.indexOf("period")), cells.toString());
        assertTrue(cells.get(headers.indexOf("message")).contains("2,047,560 computed, 2,047,650 reported"),
                cells.toString());
        screenshot("query-page.png");

        // the finding's IRI opens its page on this server, in a new tab as YASGUI opens links
        WebElement finding = found.get(0).findElement(By.cssSelector("a.local[href*='/id/finding/']"));
        String href = finding.getAttribute("href");
        assertTrue(href.startsWith(root + "/id/finding/disclosure/"), href);
        Set<String> before = driver.getWindowHandles();
        // a cut cell opens on the first click (YASGUI's ellipsis), its link on the next
        WebElement cell = finding.findElement(By.xpath("ancestor::td/div"));
        if (cell.getAttribute("class").contains("expandable")) {
            cell.click();
            wait.until(d -> cell.getAttribute("class").contains("expanded"));
        }
        finding.click();
        wait.until(d -> d.getWindowHandles().size() > before.size());
        driver.getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst()
                .ifPresent(h -> driver.switchTo().window(h));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("svg rect.reported")));
        assertEquals(href, driver.getCurrentUrl());
        String page = driver.findElement(By.tagName("body")).getText();
        assertTrue(page.contains("Reconciliation"), page);
        assertTrue(page.contains("2,047,650") && page.contains("2,047,560"), page);
        assertEquals(2, driver.findElements(By.cssSelector("svg rect.term")).size(), "3,523,543 and −1,475,983");
        screenshot("finding.png");
    }

    @Test
    void theChecksAreAClickAwayAndRunInTheBrowser() throws IOException {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        driver.get(root + "/");
        driver.findElement(By.id("checks-link")).click();
        wait.until(ExpectedConditions.titleContains("Checks"));
        driver.findElement(By.cssSelector("form[action='/checks/roll-forward?format=html'] button")).click();
        wait.until(ExpectedConditions.titleContains("Check roll-forward"));
        String summary = driver.findElement(By.cssSelector("p.summary")).getText();
        // the tampered total is not part of the roll-forward: its three periods still hold
        assertTrue(summary.contains("0 failed, 3 passed"), summary);
        assertFalse(driver.findElements(By.cssSelector("tr.pass")).isEmpty());
        screenshot("checks-roll-forward.png");
    }

    private static BigDecimal amount(String shown) {
        return new BigDecimal(shown.replace(",", ""));
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
