package fi.ohjaamo.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A signed-in person who holds no role in any organisation may see nothing. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class NoOrganisationException extends RuntimeException {

	NoOrganisationException() {
		super("no organisation");
	}

}
