package io.docklab.classroom;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium driven through Selenium and its chromium-driver, for browser ITs. */
public final class HeadlessChromium {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /**
   * Opens a browser: ChromeDriver listens on {@code driverPort}, Chromium's DevTools on {@code
   * debuggingPort}; fails the test named {@code test} when either binary is missing.
   */
  public static WebDriver open(String test, int driverPort, int debuggingPort) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail(
          test
              + " needs /usr/bin/chromium and /usr/bin/chromedriver: run"
              + " ./install.sh --for-tests");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--lang=en-US",
        "--window-size=1400,900",
        "--remote-debugging-port=" + debuggingPort);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingPort(driverPort)
            .build();
    return new ChromeDriver(service, options);
  }

  private HeadlessChromium() {}
}
