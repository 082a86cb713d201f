package fi.ohjaamo.search;

import java.util.UUID;

/** One found item: what it is, where it is shown, and a passage of its text with the words found marked. */
public record SearchHit(String kind, UUID id, String title, String path, Passage passage) {

	/** A quoted passage as plain parts, each marked or not, so the page escapes every part it shows. */
	public record Passage(java.util.List<Part> parts) {

		public boolean isEmpty() {
			return parts.isEmpty();
		}

	}

	public record Part(String text, boolean found) {
	}

}
