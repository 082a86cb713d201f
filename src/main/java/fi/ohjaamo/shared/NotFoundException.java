package fi.ohjaamo.shared;

/**
 * Thrown when an object does not exist in the current organisation. Objects of other organisations
 * raise the same exception, so a user cannot tell them apart from ids that were never used.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("not found");
	}

}
