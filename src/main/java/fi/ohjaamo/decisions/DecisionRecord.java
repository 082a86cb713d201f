package fi.ohjaamo.decisions;

import java.time.LocalDate;

/** What the minutes say of a decision: the outcome, date, section (§), diary number, text, conditions and link. */
public record DecisionRecord(DecisionOutcome outcome, LocalDate decidedOn, String minutesSection, String diaryNumber,
		String decisionText, String conditions, String link) {

}
