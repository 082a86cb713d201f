package fi.ohjaamo.actionplan;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A decision of a plan's approval chain: the body's name, the date (null when not known), the minutes section (§),
 * appendix (liite), diary number and link.
 */
public record PlanApproval(String body, @Nullable LocalDate date, String section, @Nullable String appendix,
		@Nullable String diaryNumber, @Nullable String link) {
}
