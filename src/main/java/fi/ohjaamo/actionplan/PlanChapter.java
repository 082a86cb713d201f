package fi.ohjaamo.actionplan;

/** An introduction chapter of a plan as it reads, numbered. */
public record PlanChapter(String number, String heading, String text) {
}
