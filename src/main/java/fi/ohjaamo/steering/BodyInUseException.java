package fi.ohjaamo.steering;

/** A rule or a recorded decision refers to the body, so it is not deleted. */
public class BodyInUseException extends RuntimeException {

	public BodyInUseException() {
		super("the body is referred to");
	}

}
