package fi.ohjaamo.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium with its own throw-away profile. The binaries are named explicitly so that
 * Selenium never tries to download a browser; if they are missing the suite fails instead of skipping.
 */
final class Chromium implements AutoCloseable {

	static final Path BROWSER = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private final Path profile;

	private final ChromeDriver driver;

	private Chromium(Path profile, ChromeDriver driver) {
		this.profile = profile;
		this.driver = driver;
	}

	static Chromium start() {
		requireExecutable(BROWSER, "chromium");
		requireExecutable(DRIVER, "chromium-driver");
		Path profile = temporaryProfile();
		var options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--user-data-dir=" + profile, "--window-size=1280,1024", "--lang=fi");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return new Chromium(profile, driver);
	}

	ChromeDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	private static void requireExecutable(Path path, String debianPackage) {
		if (!Files.isExecutable(path)) {
			throw new IllegalStateException(path + " is missing: the browser tests need Debian's Chromium. Install it "
					+ "with 'apt-get install -y chromium chromium-driver' (package " + debianPackage + ").");
		}
	}

	private static Path temporaryProfile() {
		try {
			return Files.createTempDirectory("ohjaamo-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void deleteProfile() {
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A profile left behind in the temp directory harms nothing.
		}
	}

}
