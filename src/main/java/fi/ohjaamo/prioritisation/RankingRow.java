package fi.ohjaamo.prioritisation;

import java.util.UUID;

import fi.ohjaamo.portfolio.Obligation;
import fi.ohjaamo.portfolio.Status;
import org.jspecify.annotations.Nullable;

/**
 * A project in the ranking: its place, whether it is mandatory (above the line whatever its score), its weighted
 * score 0–100 or null when nobody has scored it, on how many active criteria and by how many evaluators.
 */
public record RankingRow(int place, UUID projectId, String number, String title, Status status, Obligation obligation,
		@Nullable UUID serviceAreaId, @Nullable Double score, int criteriaScored, int evaluators) {

	RankingRow at(int newPlace) {
		return new RankingRow(newPlace, projectId, number, title, status, obligation, serviceAreaId, score,
				criteriaScored, evaluators);
	}

	public boolean mandatory() {
		return obligation == Obligation.MANDATORY;
	}

	public boolean scored() {
		return score != null;
	}

	/** The score rounded to one decimal, for the chart and the table. */
	public @Nullable Double rounded() {
		return score == null ? null : Math.round(score * 10) / 10.0;
	}

}
