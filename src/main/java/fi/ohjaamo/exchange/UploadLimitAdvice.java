package fi.ohjaamo.exchange;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload beyond even the server's multipart limit (set above the import's own limit, so most oversize files get
 * the import page's message) returns to the import page with the same friendly message instead of an error page.
 */
@ControllerAdvice
class UploadLimitAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge() {
		return "redirect:/projects/import?tooLarge";
	}

}
