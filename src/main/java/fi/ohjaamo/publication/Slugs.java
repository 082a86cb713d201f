package fi.ohjaamo.publication;

import java.text.Normalizer;
import java.util.Locale;

/** Turns an organisation's name into the readable part of its public address: "Kuusijärven kaupunki" → kuusijarven-kaupunki. */
final class Slugs {

	static final int MAX_LENGTH = 60;

	private Slugs() {
	}

	static String of(String name) {
		String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (plain.length() > MAX_LENGTH) {
			plain = plain.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		return plain.isEmpty() ? "organisaatio" : plain;
	}

}
