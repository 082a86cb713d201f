package fi.ohjaamo.actionplan;

/** What names a plan: its title and its period, as a label ("syksy 2022 ja 2023") and as the years it spans. */
public record PlanHeading(String title, String periodLabel, int firstYear, int lastYear) {
}
