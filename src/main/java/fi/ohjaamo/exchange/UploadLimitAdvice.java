package fi.ohjaamo.exchange;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload beyond even the server's multipart limit (set above the import's own limit, so most oversize files get
 * the import page's message) returns to the import page it came from with the same friendly message instead of an
 * error page.
 */
@ControllerAdvice
class UploadLimitAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/registers/")
				? "redirect:/registers/systems/import?tooLarge" : "redirect:/projects/import?tooLarge";
	}

}
