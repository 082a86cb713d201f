package fi.ohjaamo.portfolio;

import java.time.Instant;
import java.util.UUID;

/** A kept version of a card as readers see it. */
public record Revision(int number, Instant savedAt, UUID authorId, String authorName, ProjectCard card) {

}
