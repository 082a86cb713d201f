package fi.ohjaamo.exchange;

/** The file as a whole cannot be imported; the reason is a message key the import page shows. */
class ImportRejected extends RuntimeException {

	private final String reason;

	private final Object[] arguments;

	ImportRejected(String reason, Object... arguments) {
		super(reason, null, false, false);
		this.reason = reason;
		this.arguments = arguments.clone();
	}

	String reason() {
		return reason;
	}

	Object[] arguments() {
		return arguments.clone();
	}

}
