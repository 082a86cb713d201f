package fi.ohjaamo.prioritisation.fundingcall;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The selection within a call's budget. Applications are ranked by weighted score (unscored last, earlier
 * submissions first on a tie). Those IT management included are taken first; then, down the ranking, each
 * application that still fits the remaining budget is taken and one that does not fit is skipped, so a smaller
 * application further down can still use the remainder. Applications left out by IT management are not considered,
 * and neither is one nobody has scored: money goes to an unscored application only when IT management includes it,
 * which needs a reason that is kept and shown.
 */
public record FundingSelection(BigDecimal budget, List<Line> lines, BigDecimal selectedTotal) {

	/** Why an application is in or out of the selection. */
	public enum Reason {

		FITS, DOES_NOT_FIT, UNSCORED, INCLUDED, EXCLUDED

	}

	public record Candidate(UUID applicationId, BigDecimal amount, @Nullable Double score,
			@Nullable SelectionOverride override, Instant submittedAt) {
	}

	public record Line(int rank, Candidate candidate, boolean selected, Reason reason) {
	}

	private static final Comparator<Candidate> RANKING = Comparator
		.comparingDouble((Candidate c) -> c.score() == null ? Double.POSITIVE_INFINITY : -c.score())
		.thenComparing(Candidate::submittedAt);

	public static FundingSelection of(BigDecimal budget, List<Candidate> candidates) {
		var ranked = candidates.stream().sorted(RANKING).toList();
		BigDecimal left = budget;
		for (var candidate : ranked) {
			if (candidate.override() == SelectionOverride.INCLUDE) {
				left = left.subtract(candidate.amount());
			}
		}
		var lines = new ArrayList<Line>();
		for (int i = 0; i < ranked.size(); i++) {
			var candidate = ranked.get(i);
			Reason reason;
			if (candidate.override() == SelectionOverride.INCLUDE) {
				reason = Reason.INCLUDED;
			}
			else if (candidate.override() == SelectionOverride.EXCLUDE) {
				reason = Reason.EXCLUDED;
			}
			else if (candidate.score() == null) {
				reason = Reason.UNSCORED;
			}
			else if (candidate.amount().compareTo(left) <= 0) {
				reason = Reason.FITS;
				left = left.subtract(candidate.amount());
			}
			else {
				reason = Reason.DOES_NOT_FIT;
			}
			lines.add(new Line(i + 1, candidate, reason == Reason.FITS || reason == Reason.INCLUDED, reason));
		}
		BigDecimal total = lines.stream().filter(Line::selected).map(l -> l.candidate().amount())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new FundingSelection(budget, List.copyOf(lines), total);
	}

	/** What is left of the budget after the selected applications; negative when overrides exceed it. */
	public BigDecimal remainder() {
		return budget.subtract(selectedTotal);
	}

	public boolean overBudget() {
		return remainder().signum() < 0;
	}

	public @Nullable Line lineOf(UUID applicationId) {
		return lines.stream().filter(l -> l.candidate().applicationId().equals(applicationId)).findFirst().orElse(null);
	}

}
