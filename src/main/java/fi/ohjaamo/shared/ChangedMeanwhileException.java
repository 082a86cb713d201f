package fi.ohjaamo.shared;

/**
 * A save made on a stale view: someone saved the record after the person began editing it, so nothing was written.
 * Services throw it; the edit flow of the pages ({@code shared.web.EditFlow}) catches it and shows the two saves
 * merged. It carries only a sentence for the log, never a value of the record, so nothing a page must not show can
 * travel with it.
 */
public class ChangedMeanwhileException extends RuntimeException {

	/** @param what the record, in words for the log ("the steering body") */
	public ChangedMeanwhileException(String what) {
		super(what + " was saved meanwhile");
	}

}
