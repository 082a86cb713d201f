package fi.ohjaamo.prioritisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An evaluator's levels on the active criteria, one radio group each, and an optional reason. */
record ScoreForm(@Valid List<Given> levels, @Size(max = 2000) String reason) {

	record Given(@Nullable UUID criterionId, @NotNull @Nullable Integer level) {
	}

	ScoreForm {
		levels = levels == null ? new ArrayList<>() : new ArrayList<>(levels);
		reason = reason == null ? "" : reason.strip();
	}

	/** The form for the given criteria, filled with the evaluator's own latest levels where they have them. */
	static ScoreForm of(List<Criterion> active, Map<UUID, Integer> latest) {
		return new ScoreForm(active.stream().map(c -> new Given(c.getId(), latest.get(c.getId()))).toList(), "");
	}

	Map<UUID, Integer> byCriterion() {
		var map = new HashMap<UUID, Integer>();
		levels.stream().filter(g -> g.criterionId() != null && g.level() != null)
			.forEach(g -> map.put(g.criterionId(), g.level()));
		return map;
	}

}
