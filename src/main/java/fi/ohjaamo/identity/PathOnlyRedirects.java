package fi.ohjaamo.identity;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects to the path and query of a URL only. The page someone asked for before signing in is remembered
 * as a full URL built from the request's Host header, which the client chooses; sending it back as it is would
 * let a forged Host header send a person to another site after signing in.
 */
final class PathOnlyRedirects implements RedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		response.sendRedirect(response.encodeRedirectURL(pathOf(url)));
	}

	static String pathOf(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		if (!path.startsWith("/") || path.startsWith("//")) {
			return "/";
		}
		return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
	}

}
