package fi.ohjaamo.registers;

import org.jspecify.annotations.Nullable;

/**
 * How far ahead the home page warns: of support ending within {@code supportMonths} months and of contract notice
 * deadlines within {@code noticeDays} days. {@code version} is null while the organisation uses the defaults.
 */
public record AlertLimits(int supportMonths, int noticeDays, @Nullable Long version) {

	public static final int MAX_SUPPORT_MONTHS = 60;

	public static final int MAX_NOTICE_DAYS = 365;

	/** Whether these are the application's defaults rather than the organisation's own choice. */
	public boolean defaults() {
		return version == null;
	}

}
