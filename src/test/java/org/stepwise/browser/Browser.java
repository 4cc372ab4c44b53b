package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with an axe-core check of each page. {@code
 * ./stepwise test} installs Chromium and ChromeDriver; without them these tests fail, they are
 * never skipped.
 */
final class Browser implements AutoCloseable {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

  private final WebDriver driver;
  private final Path profile;
  private final String base;

  Browser(int port) throws IOException {
    this(port, 1280, 1024);
  }

  /** A browser with a window of the given size, e.g. 375 by 812 for a phone. */
  Browser(int port, int width, int height) throws IOException {
    assertThat(new File(CHROMIUM)).as("Chromium (apt-get install chromium)").canRead();
    assertThat(new File(CHROMEDRIVER))
        .as("ChromeDriver (apt-get install chromium-driver)")
        .canRead();
    profile = Files.createTempDirectory("stepwise-chromium");
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    base = "http://localhost:" + port;
  }

  WebDriver driver() {
    return driver;
  }

  void open(String path) {
    driver.get(base + path);
  }

  WebElement find(By by) {
    return driver.findElement(by);
  }

  List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  /**
   * Signs in as one of the demo accounts (password {@code stepwise-demo}) from the sign-in page.
   */
  void signIn(String username) {
    open("/login");
    type("username", username);
    type("password", "stepwise-demo");
    press("Sign in");
  }

  void type(String id, String text) {
    var field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  void choose(String inputId) {
    var labels = driver.findElements(By.cssSelector("label[for='" + inputId + "']"));
    if (!labels.isEmpty()) {
      labels.getFirst().click();
      return;
    }
    // The radios and checkboxes fragments give the first option the field's own id: find the
    // option by its name and value ("owner-PERSON" is the option PERSON of the field "owner").
    int dash = inputId.indexOf('-');
    var input =
        driver.findElement(
            By.cssSelector(
                "input[name='"
                    + inputId.substring(0, dash)
                    + "'][value='"
                    + inputId.substring(dash + 1)
                    + "']"));
    driver.findElement(By.cssSelector("label[for='" + input.getDomAttribute("id") + "']")).click();
  }

  /** Presses a button that submits a form, and waits for the next page. */
  void press(String buttonText) {
    clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']")));
  }

  /** Follows a link, and waits for the next page. */
  void follow(String linkText) {
    clickAndWait(driver.findElement(By.linkText(linkText)));
  }

  /** Follows the first link whose text contains the given text, and waits for the next page. */
  void followContaining(String text) {
    clickAndWait(driver.findElement(By.partialLinkText(text)));
  }

  /** Chooses the radio or checkbox whose label reads exactly the given text. */
  void chooseLabelled(String label) {
    driver.findElement(By.xpath("//label[normalize-space()=\"" + label + "\"]")).click();
  }

  /** Horizontal scrolling needed to see the page: 0 when it fits the window. */
  long overflowWidth() {
    return (Long)
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
  }

  /**
   * Clicks, then waits until the old page is gone and the new one has loaded. While Chromium swaps
   * documents it can report the old node as "not belonging to the document" rather than stale; both
   * mean the page has moved on.
   */
  void clickAndWait(WebElement element) {
    element.click();
    var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.until(
        d -> {
          try {
            element.isEnabled();
            return false;
          } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
          }
        });
    wait.until(
        d ->
            "complete"
                .equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
  }

  String title() {
    return driver.getTitle();
  }

  String path() {
    return driver.getCurrentUrl().substring(base.length());
  }

  String activeElementId() {
    return driver.switchTo().activeElement().getAttribute("id");
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The ids of the serious or critical axe-core violations on the page. */
  List<String> blockingViolations() {
    return new AxeBuilder()
        .analyze(driver).getViolations().stream()
            .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
            .map(Rule::getId)
            .toList();
  }

  /** Runs axe-core on the page and fails on any serious or critical violation. */
  void assertAccessible() {
    var results = new AxeBuilder().analyze(driver);
    List<Rule> blocking =
        results.getViolations().stream()
            .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
            .toList();
    assertThat(blocking)
        .as(
            "serious or critical accessibility violations on %s:%n%s",
            path(),
            blocking.stream()
                .map(
                    rule ->
                        rule.getId()
                            + " ("
                            + rule.getImpact()
                            + "): "
                            + rule.getHelp()
                            + " at "
                            + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(System.lineSeparator())))
        .isEmpty();
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
