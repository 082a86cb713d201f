package fi.ohjaamo.actionplan;

import java.util.UUID;

import fi.ohjaamo.portfolio.ProjectCard;

/** A project in a plan with its number and the revision of its card the plan shows (frozen once approved). */
public record PlanEntry(String number, UUID projectId, int revision, ProjectCard card) {
}
