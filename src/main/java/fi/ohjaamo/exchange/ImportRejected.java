package fi.ohjaamo.exchange;

/** The file as a whole cannot be imported; the reason is a message key the import page shows. */
public class ImportRejected extends RuntimeException {

	private final String reason;

	private final Object[] arguments;

	public ImportRejected(String reason, Object... arguments) {
		super(reason, null, false, false);
		this.reason = reason;
		this.arguments = arguments.clone();
	}

	public String reason() {
		return reason;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
