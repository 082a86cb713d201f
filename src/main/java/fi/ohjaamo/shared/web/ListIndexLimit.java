package fi.ohjaamo.shared.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A form's lists are bound from names such as {@code costs[3].kind}. The binder grows a list only up to
 * {@value #LIMIT} entries and fails on a larger index with an error page; no page of Ohjaamo sends one, so such a
 * request is answered 400 (bad request) before any binding.
 */
@Configuration
class ListIndexLimit implements WebMvcConfigurer, HandlerInterceptor {

	/** Spring's default limit on growing a bound list (DataBinder's auto-grow collection limit). */
	static final int LIMIT = 256;

	private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)]");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		var names = request.getParameterNames();
		while (names.hasMoreElements()) {
			var index = INDEX.matcher(names.nextElement());
			while (index.find()) {
				if (!isUsable(index.group(1))) {
					response.sendError(HttpServletResponse.SC_BAD_REQUEST);
					return false;
				}
			}
		}
		return true;
	}

	/** A list index below the limit; a map key (any other text) is left to the binder. */
	private static boolean isUsable(String index) {
		if (index.isEmpty() || !index.chars().allMatch(c -> c == '-' || Character.isDigit(c))) {
			return true;
		}
		return index.length() <= 3 && !index.startsWith("-") && Integer.parseInt(index) < LIMIT;
	}

}
