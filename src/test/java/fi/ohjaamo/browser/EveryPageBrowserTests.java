package fi.ohjaamo.browser;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the application as people do, from the front page along its links, and checks one page of every kind
 * it reaches: axe's WCAG 2.1 A and AA rules at full width, and at 320 CSS pixels no sideways scrolling
 * (WCAG 1.4.10; only a wide table may scroll inside its own box). The kinds of page are the application's own
 * GET routes, so a new page is checked as soon as a link leads to it, and a page no link leads to fails the
 * walk: people could not find it either.
 */
class EveryPageBrowserTests extends BrowserTest {

	/** Pages a person reaches by a form or a sign-in step rather than a link, or not at all once there are accounts. */
	private static final List<String> NOT_REACHED_BY_LINKS = List.of("/login", "/setup");

	private static final String OVERFLOWING = """
			const width = document.documentElement.clientWidth;
			const wide = [...document.querySelectorAll('body *')]
				.filter(e => !e.closest('.table-scroll'))
				.filter(e => e.getBoundingClientRect().right > width + 1 || e.scrollWidth > e.clientWidth + 1
					&& getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0)
				.map(e => e.outerHTML.substring(0, 160));
			return document.documentElement.scrollWidth > width ? ['page ' + document.documentElement.scrollWidth
				+ ' px wide', ...wide.slice(-5)] : [];""";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyKindOfPageIsReachableAccessibleAndFitsANarrowScreen() {
		var pages = pageKinds();
		var visited = new LinkedHashMap<PathPattern, String>();
		var problems = new ArrayList<String>();
		// The administrator sees the audit log; IT management sees every strategy and portfolio form.
		for (String person : List.of("tiina", "admin")) {
			walk(browser().signIn(person), pages, visited, problems);
		}
		var browser = browser().signIn("tiina");
		browser.open("/ei-tallaista-sivua");
		check(browser, "the page for a missing address", problems);
		var unreached = new TreeSet<String>();
		pages.stream()
			.filter(p -> !visited.containsKey(p) && !NOT_REACHED_BY_LINKS.contains(p.getPatternString()))
			.forEach(p -> unreached.add(p.getPatternString()));
		assertThat(unreached).as("pages no link leads to").isEmpty();
		assertThat(visited).as("kinds of page checked").hasSizeGreaterThan(25);
		assertThat(problems).isEmpty();
	}

	private void walk(Browser browser, List<PathPattern> pages, Map<PathPattern, String> visited, List<String> problems) {
		var queue = new ArrayDeque<String>(List.of("/"));
		var queued = new HashSet<PathPattern>();
		while (!queue.isEmpty()) {
			String path = queue.poll();
			browser.open(path);
			var requested = kindOf(pages, path.replaceAll("[?#].*", ""));
			var landed = kindOf(pages, browser.path().replaceAll("[?#].*", ""));
			if (landed.isPresent() && !visited.containsKey(landed.get())) {
				check(browser, path, problems);
			}
			// A route that only redirects, such as the front page, counts as reached along with where it leads.
			requested.ifPresent(kind -> visited.putIfAbsent(kind, path));
			landed.ifPresent(kind -> visited.putIfAbsent(kind, path));
			for (String link : sameSiteLinks(browser)) {
				var linkKind = kindOf(pages, link.replaceAll("[?#].*", ""));
				if (linkKind.isPresent() && !visited.containsKey(linkKind.get()) && queued.add(linkKind.get())) {
					queue.add(link);
				}
			}
		}
	}

	private void check(Browser browser, String path, List<String> problems) {
		try {
			Accessibility.assertNoViolations(browser, path);
		}
		catch (AssertionError ex) {
			problems.add(ex.getMessage());
		}
		var window = browser.driver().manage().window();
		var size = window.getSize();
		try {
			window.setSize(new Dimension(320, 800));
			Object overflowing = overflowingOnceSettled(browser);
			if (!(overflowing instanceof List<?> list) || !list.isEmpty()) {
				problems.add(path + " is wider than 320 px because of: " + overflowing);
			}
			Accessibility.assertNoViolations(browser, path + " at 320 px");
		}
		catch (AssertionError ex) {
			problems.add(ex.getMessage());
		}
		finally {
			window.setSize(size);
		}
	}

	/**
	 * What overflows a narrow window once the page has reacted to the resize. Chart.js redraws a chart for the new
	 * width in a later animation frame, so a busy machine may measure the old, wide canvas first; what a person sees
	 * a moment later is what counts, so the check is repeated for up to three seconds before it is reported.
	 */
	private static Object overflowingOnceSettled(Browser browser) {
		long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
		Object overflowing = browser.script(OVERFLOWING);
		while (!(overflowing instanceof List<?> list && list.isEmpty()) && System.nanoTime() < deadline) {
			sleep(Duration.ofMillis(100));
			overflowing = browser.script(OVERFLOWING);
		}
		return overflowing;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Links on the page that stay on this site and keep the language (a language link would switch it), and the
	 * addresses its GET forms lead to with the values they show, such as comparing two versions.
	 */
	private List<String> sameSiteLinks(Browser browser) {
		var links = new ArrayList<String>();
		Object forms = browser.script("""
				return [...document.querySelectorAll('form[method=get], form:not([method])')]
					.map(f => f.action + '?' + new URLSearchParams(new FormData(f)).toString());""");
		if (forms instanceof List<?> list) {
			list.forEach(form -> links.add(String.valueOf(form)));
		}
		for (WebElement anchor : browser.driver().findElements(By.cssSelector("a[href]"))) {
			String href = anchor.getDomAttribute("href");
			if (href != null && !href.startsWith("#") && anchor.getDomAttribute("download") == null) {
				links.add(href);
			}
		}
		var here = URI.create(browser.driver().getCurrentUrl());
		return links.stream()
			.filter(link -> !link.contains("lang="))
			.map(here::resolve)
			.filter(uri -> uri.getPort() == port && "localhost".equals(uri.getHost()))
			.map(uri -> uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
			.toList();
	}

	private static Optional<PathPattern> kindOf(List<PathPattern> pages, String path) {
		var container = PathContainer.parsePath(path);
		// The most specific pattern wins, as in the application: "/projects/new" before "/projects/{id}".
		return pages.stream().filter(p -> p.matches(container)).sorted(PathPattern.SPECIFICITY_COMPARATOR).findFirst();
	}

	/** Routes that answer data rather than a page, such as the open-data JSON and CSV, are not pages to walk. */
	private static boolean isPage(org.springframework.web.method.HandlerMethod handler) {
		return !handler.hasMethodAnnotation(org.springframework.web.bind.annotation.ResponseBody.class)
				&& !org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(handler.getBeanType(),
						org.springframework.web.bind.annotation.ResponseBody.class);
	}

	/** The application's own pages: its GET routes that answer HTML. */
	private List<PathPattern> pageKinds() {
		var pages = new ArrayList<PathPattern>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			var methods = info.getMethodsCondition().getMethods();
			// Downloads such as spreadsheets are files, not pages: axe and the narrow screen do not apply to them.
			var produces = info.getProducesCondition().getProducibleMediaTypes();
			boolean download = !produces.isEmpty() && produces.stream().noneMatch(MediaType.TEXT_HTML::isCompatibleWith);
			if (handler.toString().startsWith("fi.ohjaamo.") && info.getPathPatternsCondition() != null && !download
					&& (methods.isEmpty() || methods.contains(RequestMethod.GET)) && isPage(handler)) {
				// A document route names its file type (.pdf, .docx) instead of declaring it: with a declared type
				// its not-found answer could not be the HTML page every other route gives.
				info.getPathPatternsCondition()
					.getPatterns()
					.stream()
					.filter(pattern -> !pattern.getPatternString().matches(".*\\.(pdf|docx)"))
					.forEach(pages::add);
			}
		});
		return pages;
	}

}
