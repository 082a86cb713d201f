package fi.ohjaamo.demo;

import java.util.Map;
import java.util.Objects;

/** Lookups of what the demo itself seeded a moment earlier: a name missing there is a mistake in the demo data. */
final class Seeded {

	private Seeded() {
	}

	static <K, V> V named(Map<K, V> seeded, K name) {
		return Objects.requireNonNull(seeded.get(name), () -> "the demo data seeds " + name);
	}

}
