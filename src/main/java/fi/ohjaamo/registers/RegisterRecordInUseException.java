package fi.ohjaamo.registers;

/** Something refers to the system or the vendor, so it was not deleted. */
public class RegisterRecordInUseException extends RuntimeException {

	RegisterRecordInUseException() {
		super("the register record is referred to");
	}

}
