package fi.ohjaamo.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page links to itself, so switching the language keeps the filters of the view. */
@ControllerAdvice
class QueryLinksAdvice {

	@ModelAttribute("here")
	QueryLinks here(HttpServletRequest request) {
		return QueryLinks.of(request);
	}

}
