package fi.ohjaamo.actionplan;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The decision that approved a plan: the body's name, the date, the minutes section (§), diary number and link. */
public record PlanApproval(String body, LocalDate date, String section, @Nullable String diaryNumber,
		@Nullable String link) {
}
