package fi.ohjaamo.history;

import java.time.Instant;

/** A kept version as readers see it: number, when and by whom, the record's title then, and its fields. */
public record KeptVersion(int number, Instant savedAt, String authorName, String title, boolean deleted,
		Snapshot snapshot) {

}
