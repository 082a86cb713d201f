package fi.ohjaamo.prioritisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.shared.web.ThreeWayMerge;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The weights of all active criteria, set together so that they can be balanced to 100; with the versions seen. */
record WeightsForm(@Valid List<Row> rows) {

	/**
	 * A criterion's weight as typed, with the criterion's version as seen. A stale save is merged weight by weight,
	 * each row based on the criterion's newer version.
	 */
	record Row(@Nullable UUID criterionId, @NotNull @Min(0) @Max(100) @Nullable Integer weight,
			@Nullable Long version) implements ThreeWayMerge.Cell {

		@Override
		public String key() {
			return String.valueOf(criterionId);
		}

		@Override
		public @Nullable Object value() {
			return weight;
		}

		@Override
		public Row withValue(@Nullable Object value) {
			return new Row(criterionId, (Integer) value, version);
		}

	}

	WeightsForm {
		rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
	}

	static WeightsForm of(List<Criterion> active) {
		return new WeightsForm(active.stream().map(c -> new Row(c.getId(), c.getWeight(), c.getVersion())).toList());
	}

	/** The weights to save, by criterion; only on a form without errors. */
	Map<UUID, Integer> weights() {
		var weights = new HashMap<UUID, Integer>();
		rows.stream().filter(r -> r.criterionId() != null)
			.forEach(r -> weights.put(r.criterionId(), Objects.requireNonNull(r.weight(), "a checked weight")));
		return weights;
	}

	/** The version each criterion was read at; -1 (never a version) for a row that lost it. */
	Map<UUID, Long> versions() {
		var versions = new HashMap<UUID, Long>();
		rows.stream().filter(r -> r.criterionId() != null)
			.forEach(r -> versions.put(r.criterionId(), r.version() == null ? -1 : r.version()));
		return versions;
	}

	/** The sum of the weights typed so far, leaving out the ones that are not numbers. */
	int sum() {
		return rows.stream().map(Row::weight).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
	}

}
