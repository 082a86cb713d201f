package fi.ohjaamo.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Decisions that bodies made on a project and other modules record (a steering body's approval, rejection or return,
 * a funding call's grant), shown on the card and in its history with the body, the date, the section of the minutes
 * (§) and the diary number, not only as the status they set. Modules that depend on the portfolio implement it; the
 * portfolio names none of them.
 */
public interface ProjectCardDecisions {

	/** The decisions on the project; empty when the module has recorded none. */
	List<CardDecision> decisionsOn(UUID organisationId, UUID projectId);

	/**
	 * One decision. What was decided is worded by {@code outcomeCode}, a message whose arguments are the amount
	 * (formatted as money, empty without one) and the subject (say, the funding call's name). The path leads to the
	 * module's page of the decision; the revision is the card's version the decision produced, if it changed the card.
	 */
	record CardDecision(String outcomeCode, @Nullable BigDecimal amount, String subject, String body,
			LocalDate decidedOn, String section, String diaryNumber, String path, @Nullable Integer revision) {
	}

}
