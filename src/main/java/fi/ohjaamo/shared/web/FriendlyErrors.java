package fi.ohjaamo.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A malformed id or a missing parameter in a URL is as missing as an unknown object: all get the same
 * friendly 404 page that {@link fi.ohjaamo.shared.NotFoundException} gets, including the objects of
 * other organisations, rendered by the application's error page with its normal header.
 */
@ControllerAdvice
class FriendlyErrors {

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
