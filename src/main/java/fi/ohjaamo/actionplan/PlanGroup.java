package fi.ohjaamo.actionplan;

import java.util.List;

/**
 * A numbered group of a plan: a category, a service area or a unit, its heading already in the reader's language.
 * Its projects come first, then its subgroups, numbered on from them.
 */
public record PlanGroup(String number, GroupLevel level, String heading, List<PlanGroup> subgroups,
		List<PlanEntry> entries) {
}
