package fi.ohjaamo.organisation;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's layout shows who is signed in and where, so every model carries the current user. */
@ControllerAdvice
class CurrentUserModelAdvice {

	private final CurrentUsers currentUsers;

	CurrentUserModelAdvice(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@ModelAttribute("currentUser")
	@Nullable CurrentUser currentUser(HttpServletRequest request) {
		return currentUsers.find(request).orElse(null);
	}

}
