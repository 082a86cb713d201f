package fi.ohjaamo.registers;

/** Someone saved the record after the person began editing it; nothing was written. */
public class RegisterChangedMeanwhileException extends RuntimeException {

	RegisterChangedMeanwhileException() {
		super("the register record was saved meanwhile");
	}

}
