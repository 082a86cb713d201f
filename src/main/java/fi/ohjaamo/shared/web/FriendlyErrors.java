package fi.ohjaamo.shared.web;

import fi.ohjaamo.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A malformed id in a URL is as missing as an unknown one: both get the same friendly 404 page, the same
 * page an object of another organisation gets.
 */
@ControllerAdvice
class FriendlyErrors {

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

}
