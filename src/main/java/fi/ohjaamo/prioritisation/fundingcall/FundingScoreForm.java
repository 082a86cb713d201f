package fi.ohjaamo.prioritisation.fundingcall;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.prioritisation.fundingcall.FundingScoreSheet.Weighted;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An evaluator's levels on the call's criteria, one radio group each, and an optional reason. */
record FundingScoreForm(@Valid List<Given> levels, @Size(max = 2000) String reason) {

	record Given(@Nullable UUID criterionId, @NotNull @Nullable Integer level) {
	}

	FundingScoreForm {
		levels = levels == null ? new ArrayList<>() : new ArrayList<>(levels);
		reason = reason == null ? "" : reason.strip();
	}

	static FundingScoreForm of(List<Weighted> criteria, Map<UUID, Integer> latest) {
		return new FundingScoreForm(criteria.stream()
			.map(w -> new Given(w.criterion().getId(), latest.get(w.criterion().getId()))).toList(), "");
	}

	Map<UUID, Integer> byCriterion() {
		var map = new HashMap<UUID, Integer>();
		levels.stream().filter(g -> g.criterionId() != null && g.level() != null)
			.forEach(g -> map.put(g.criterionId(), g.level()));
		return map;
	}

}
