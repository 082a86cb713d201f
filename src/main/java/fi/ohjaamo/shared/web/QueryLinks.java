package fi.ohjaamo.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the same page with one query parameter changed, keeping every other one: paging and sorting a
 * filtered view must not lose the filters that a bookmark or a shared link carries.
 */
public final class QueryLinks {

	private final String path;

	private final String query;

	private QueryLinks(String path, String query) {
		this.path = path;
		this.query = query;
	}

	public static QueryLinks of(HttpServletRequest request) {
		return new QueryLinks(request.getRequestURI(), request.getQueryString() == null ? "" : request.getQueryString());
	}

	public String with(String name, Object value) {
		return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam(name, value).build().toUriString();
	}

	/** Sorting by a column restarts at page one; sorting again by the same column flips the direction. */
	public String sortBy(String column, String currentSort, boolean currentlyDescending) {
		boolean descending = column.equals(currentSort) && !currentlyDescending;
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam("sort", column)
			.replaceQueryParam("dir", descending ? "desc" : "asc")
			.replaceQueryParam("page")
			.build()
			.toUriString();
	}

	/** The same query on another path, such as a download of the view the page shows; the page number is dropped. */
	public String onPath(String otherPath) {
		return UriComponentsBuilder.fromPath(otherPath).query(query).replaceQueryParam("page").build().toUriString();
	}

	/** Whether this page is the one at the path, for the menu's aria-current. */
	public boolean at(String otherPath) {
		return path.equals(otherPath);
	}

	/** Whether this page lies under one of the paths, for marking the menu's section the page belongs to. */
	public boolean under(String... paths) {
		for (String p : paths) {
			if (path.equals(p) || path.startsWith(p + "/")) {
				return true;
			}
		}
		return false;
	}

	public String current() {
		return query.isEmpty() ? path : path + "?" + query;
	}

}
