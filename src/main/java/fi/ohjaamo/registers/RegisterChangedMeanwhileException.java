package fi.ohjaamo.registers;

import fi.ohjaamo.shared.ChangedMeanwhileException;


/**
 * Someone saved the record after the person began editing it; nothing was written. A stale save of its own type
 * because the system import tells it apart from the other reasons a row is not saved; the pages catch the shared type.
 */
public class RegisterChangedMeanwhileException extends ChangedMeanwhileException {

	RegisterChangedMeanwhileException() {
		super("the register record");
	}

}
