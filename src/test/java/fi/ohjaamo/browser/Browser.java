package fi.ohjaamo.browser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One browser signed in as one person, with the few things the journeys do on every page. */
final class Browser {

	static final String DEMO_PASSWORD = "ohjaamo-demo";

	private final WebDriver driver;

	private final String base;

	Browser(WebDriver driver, int port) {
		this.driver = driver;
		this.base = "http://localhost:" + port;
	}

	WebDriver driver() {
		return driver;
	}

	Browser open(String path) {
		driver.get(base + path);
		return this;
	}

	/** Starts from a browser that knows nobody: no session, no language choice. */
	/** Signs in and goes on to the portfolio, where IT management's home page also leads. */
	Browser signIn(String username) {
		submitSignIn(username, DEMO_PASSWORD);
		waitUntil(d -> path().equals("/") || path().startsWith("/projects"));
		if (!path().startsWith("/projects")) {
			open("/projects");
		}
		return this;
	}

	Browser submitSignIn(String username, String password) {
		driver.manage().deleteAllCookies();
		open("/login");
		fill("username", username);
		fill("password", password);
		clickAndLoad(By.cssSelector("main button[type=submit]"));
		return this;
	}

	/** The path and query of the page shown, as a bookmark would hold it. */
	String path() {
		var uri = URI.create(driver.getCurrentUrl());
		return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
	}

	String heading() {
		return text("h1");
	}

	String text(String css) {
		return find(css).getText();
	}

	WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	List<String> texts(String css) {
		return findAll(css).stream().map(WebElement::getText).toList();
	}

	String value(String id) {
		return driver.findElement(By.id(id)).getDomProperty("value");
	}

	Browser fill(String id, String value) {
		var input = driver.findElement(By.id(id));
		input.clear();
		input.sendKeys(value);
		return this;
	}

	Browser choose(String id, String visibleText) {
		new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
		return this;
	}

	/** Ticks a checkbox of the filter form, unfolding its groups first, outermost first, as a person would. */
	Browser tick(String id) {
		var box = driver.findElement(By.id(id));
		for (var summary : box.findElements(By.xpath("ancestor::details[not(@open)]/summary"))) {
			summary.click();
		}
		box.click();
		return this;
	}

	/** Opens a folded part of the page by its summary's text, unless it is open already. */
	Browser unfold(String summaryText) {
		var details = driver.findElement(By.xpath("//details[summary[starts-with(normalize-space(), '" + summaryText + "')]]"));
		if (details.getDomAttribute("open") == null) {
			details.findElement(By.tagName("summary")).click();
		}
		return this;
	}

	boolean ticked(String id) {
		return driver.findElement(By.id(id)).isSelected();
	}

	String chosen(String id) {
		return new Select(driver.findElement(By.id(id))).getFirstSelectedOption().getText();
	}

	/**
	 * Clicks something that loads a new page and waits for it. The old document is marked, as Chromium does
	 * not always report its elements as stale once the new page has replaced it.
	 */
	Browser clickAndLoad(By target) {
		script("document.ohjaamoLeft = true;");
		driver.findElement(target).click();
		patiently().ignoring(WebDriverException.class)
			.until(d -> Boolean.TRUE.equals(
					script("return document.ohjaamoLeft === undefined && document.readyState === 'complete';")));
		return this;
	}

	/**
	 * Follows the first visible link with the text; a link only the main menu has is reached as a person reaches
	 * it, by opening its group first.
	 */
	Browser clickLink(String text) {
		if (driver.findElements(By.linkText(text)).isEmpty()) {
			openMenuGroupOf(text);
		}
		return clickAndLoad(By.linkText(text));
	}

	/** Opens the group of the main menu that holds the link with the text. */
	Browser openMenuGroupOf(String linkText) {
		var link = driver.findElement(By.xpath("//nav[contains(@class,'main-nav')]//a[normalize-space(.)='" + linkText + "']"));
		var group = link.findElement(By.xpath("ancestor::details[1]"));
		if (group.getAttribute("open") == null) {
			group.findElement(By.tagName("summary")).click();
		}
		return this;
	}

	/** The main save button of a card form; the hidden first one only catches the Enter key. */
	Browser save() {
		return clickAndLoad(By.cssSelector(".form-actions button.primary"));
	}

	/** Makes the window this wide and 1,024 px high, the size of a laptop's screen at 1,280. */
	Browser windowWidth(int width) {
		driver.manage().window().setSize(new Dimension(width, 1024));
		return this;
	}

	/**
	 * What scrolls sideways in the window, with how wide it is: the page itself, or a table's own scrolling region.
	 * Empty when everything fits the width.
	 */
	List<String> sidewaysScrolling() {
		Object wide = script("""
				const page = document.documentElement;
				const regions = [...document.querySelectorAll('.table-scroll')]
					.filter(r => r.scrollWidth > r.clientWidth + 1)
					.map(r => 'a table ' + r.scrollWidth + ' px wide in ' + r.clientWidth + ' px');
				return page.scrollWidth > page.clientWidth
					? ['the page, ' + page.scrollWidth + ' px wide in ' + page.clientWidth + ' px', ...regions] : regions;""");
		return ((List<?>) wide).stream().map(String::valueOf).toList();
	}

	Object script(String code, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(code, arguments);
	}

	<T> T waitUntil(Function<WebDriver, T> condition) {
		return patiently().ignoring(StaleElementReferenceException.class).until(condition::apply);
	}

	/**
	 * Waits up to ten seconds, looking every 25 ms: Selenium's default of every 500 ms would sleep through most of a
	 * page load that takes a tenth of that, and the suite waits for thousands of them.
	 */
	private WebDriverWait patiently() {
		var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		wait.pollingEvery(Duration.ofMillis(25));
		return wait;
	}

	/** The id of a project of the signed-in person's organisation, found by its title in the portfolio. */
	String projectId(String title) {
		open("/projects");
		String href = driver.findElement(By.linkText(title)).getDomAttribute("href");
		return href.substring(href.lastIndexOf('/') + 1);
	}

}
