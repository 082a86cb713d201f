package fi.ohjaamo.exchange;

/** Yes or no, for a boolean field in a spreadsheet: written as its label and offered as a list of two. */
public enum YesNo {

	YES, NO;

	public static YesNo of(boolean value) {
		return value ? YES : NO;
	}

}
