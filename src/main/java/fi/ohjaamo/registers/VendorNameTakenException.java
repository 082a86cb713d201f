package fi.ohjaamo.registers;

import org.jspecify.annotations.Nullable;

/** Another vendor of the organisation has the name, whatever its case; nothing was written. */
public class VendorNameTakenException extends RuntimeException {

	VendorNameTakenException(@Nullable Throwable cause) {
		super("another vendor of the organisation has the name", cause);
	}

}
