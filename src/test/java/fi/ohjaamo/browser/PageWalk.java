package fi.ohjaamo.browser;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Walks the application as people do, from the front page along its links, and hands the first page of every kind
 * it reaches to a check. The kinds of page are the application's own GET routes that answer HTML, so a new page is
 * checked as soon as a link leads to it, and {@link #unreached()} names the pages no link leads to.
 */
final class PageWalk {

	/** Pages a person reaches by a form or a sign-in step rather than a link, or not at all once there are accounts. */
	private static final List<String> NOT_REACHED_BY_LINKS = List.of("/login", "/setup");

	private final List<PathPattern> pages;

	private final int port;

	private final Map<PathPattern, String> visited = new LinkedHashMap<>();

	PageWalk(RequestMappingHandlerMapping mappings, int port) {
		this.pages = pageKinds(mappings);
		this.port = port;
	}

	/**
	 * Walks from the front page as the person the browser is signed in as; pages already checked in an earlier walk
	 * are not checked again. The check gets the browser showing the page and the address that led there.
	 */
	void walk(Browser browser, BiConsumer<Browser, String> check) {
		walk(browser, "/", check);
	}

	/**
	 * The same from another page. A walk checks one page of each kind, so links that only some pages of a kind show
	 * (an approved plan's decisions, not a draft's) are reached by starting from such a page.
	 */
	void walk(Browser browser, String start, BiConsumer<Browser, String> check) {
		var queue = new ArrayDeque<String>(List.of(start));
		var queued = new HashSet<PathPattern>();
		while (!queue.isEmpty()) {
			String path = queue.poll();
			browser.open(path);
			var requested = kindOf(path.replaceAll("[?#].*", ""));
			var landed = kindOf(browser.path().replaceAll("[?#].*", ""));
			if (landed.isPresent() && !visited.containsKey(landed.get())) {
				check.accept(browser, path);
			}
			// A route that only redirects, such as the front page, counts as reached along with where it leads.
			requested.ifPresent(kind -> visited.putIfAbsent(kind, path));
			landed.ifPresent(kind -> visited.putIfAbsent(kind, path));
			for (String link : sameSiteLinks(browser)) {
				var linkKind = kindOf(link.replaceAll("[?#].*", ""));
				if (linkKind.isPresent() && !visited.containsKey(linkKind.get()) && queued.add(linkKind.get())) {
					queue.add(link);
				}
			}
		}
	}

	/** How many kinds of page the walks have reached. */
	int reached() {
		return visited.size();
	}

	/** The kinds of page no link led to in the walks so far. */
	TreeSet<String> unreached() {
		var unreached = new TreeSet<String>();
		pages.stream()
			.filter(p -> !visited.containsKey(p) && !NOT_REACHED_BY_LINKS.contains(p.getPatternString()))
			.forEach(p -> unreached.add(p.getPatternString()));
		return unreached;
	}

	/**
	 * Links on the page that stay on this site and keep the language (a language link would switch it), and the
	 * addresses its GET forms lead to with the values they show, such as comparing two versions.
	 */
	private List<String> sameSiteLinks(Browser browser) {
		// One script for the whole page: asking the driver for each anchor's address cost a round trip per link,
		// half of the walk's time on pages such as the portfolio with hundreds of links.
		Object found = browser.script("""
				const forms = [...document.querySelectorAll('form[method=get], form:not([method])')]
					.map(f => f.action + '?' + new URLSearchParams(new FormData(f)).toString());
				const anchors = [...document.querySelectorAll('a[href]')]
					.filter(a => !a.hasAttribute('download'))
					.map(a => a.getAttribute('href'))
					.filter(href => !href.startsWith('#'));
				return forms.concat(anchors);""");
		var links = new ArrayList<String>();
		if (found instanceof List<?> list) {
			list.forEach(link -> links.add(String.valueOf(link)));
		}
		var here = URI.create(browser.driver().getCurrentUrl());
		return links.stream()
			.filter(link -> !link.contains("lang="))
			.map(here::resolve)
			.filter(uri -> uri.getPort() == port && "localhost".equals(uri.getHost()))
			.map(uri -> uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
			.toList();
	}

	private Optional<PathPattern> kindOf(String path) {
		var container = PathContainer.parsePath(path);
		// The most specific pattern wins, as in the application: "/projects/new" before "/projects/{id}".
		return pages.stream().filter(p -> p.matches(container)).sorted(PathPattern.SPECIFICITY_COMPARATOR).findFirst();
	}

	/** Routes that answer data rather than a page, such as the open-data JSON and CSV, are not pages to walk. */
	private static boolean isPage(HandlerMethod handler) {
		return !handler.hasMethodAnnotation(ResponseBody.class)
				&& !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
	}

	/** The application's own pages: its GET routes that answer HTML. */
	private static List<PathPattern> pageKinds(RequestMappingHandlerMapping mappings) {
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
