package fi.ohjaamo.portfolio;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A kept version of a card as readers see it; the reason when another record (a scenario) caused it. */
public record Revision(int number, Instant savedAt, UUID authorId, String authorName, ProjectCard card,
		@Nullable RevisionReason reason) {

}
