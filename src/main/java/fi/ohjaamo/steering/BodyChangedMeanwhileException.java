package fi.ohjaamo.steering;

/** Someone saved the body after the person began editing it; nothing was written. */
public class BodyChangedMeanwhileException extends RuntimeException {

	BodyChangedMeanwhileException() {
		super("the steering body was saved meanwhile");
	}

}
