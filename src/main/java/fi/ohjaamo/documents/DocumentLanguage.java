package fi.ohjaamo.documents;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The languages a document can be written in; the download link names one, whatever the page's own language. */
public enum DocumentLanguage {

	FI, SV, EN;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	Locale locale() {
		return Locale.of(code());
	}

	/** The named language, or the reader's own when none or an unknown one is named. */
	public static DocumentLanguage of(@Nullable String code, Locale fallback) {
		String wanted = code == null || code.isBlank() ? fallback.getLanguage() : code;
		return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(wanted)).findFirst().orElse(FI);
	}

}
