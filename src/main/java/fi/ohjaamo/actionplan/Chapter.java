package fi.ohjaamo.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An introduction chapter as kept: heading and text; its place in the plan gives its number. */
@Embeddable
public record Chapter(@Column(name = "heading") String heading, @Column(name = "text") String text) {
}
