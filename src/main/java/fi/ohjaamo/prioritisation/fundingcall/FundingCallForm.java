package fi.ohjaamo.prioritisation.fundingcall;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.prioritisation.Criterion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A call as its form sends it; one row per criterion of the organisation, ticked when the call uses it, with the
 * weight it has in this call. {@code version} is the version the person saw, null when creating.
 */
record FundingCallForm(@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description,
		@NotNull @Nullable BigDecimal budget,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate opensOn,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closesOn,
		@Valid List<Choice> criteria, @Nullable Long version) {

	record Choice(@Nullable UUID criterionId, @Nullable Boolean used, @Min(0) @Max(100) @Nullable Integer weight) {

		Choice {
			// An unticked checkbox sends nothing.
			used = used != null && used;
		}

		boolean inUse() {
			return used != null && used && criterionId != null;
		}

	}

	FundingCallForm {
		name = name == null ? "" : name.strip();
		description = description == null ? "" : description.strip();
		criteria = criteria == null ? new ArrayList<>() : new ArrayList<>(criteria);
	}

	/** A new call using the organisation's active criteria with their usual weights. */
	static FundingCallForm blank(List<Criterion> active) {
		return new FundingCallForm("", "", null, null, null,
				active.stream().map(c -> new Choice(c.getId(), true, c.getWeight())).toList(), null);
	}

	/** The call's own values; criteria it does not use are offered unticked with their usual weights. */
	static FundingCallForm of(FundingCall call, List<Criterion> all) {
		var used = call.getCriteria();
		var rows = all.stream()
			.filter(c -> c.isActive() || used.stream().anyMatch(u -> u.criterionId().equals(c.getId())))
			.map(c -> used.stream().filter(u -> u.criterionId().equals(c.getId())).findFirst()
				.map(u -> new Choice(c.getId(), true, u.weight()))
				.orElse(new Choice(c.getId(), false, c.getWeight())))
			.toList();
		var d = call.definition();
		return new FundingCallForm(d.name(), d.description(), d.budget(), d.period().opensOn(), d.period().closesOn(),
				rows, call.getVersion());
	}

	int weightSum() {
		return criteria.stream().filter(Choice::inUse).mapToInt(c -> c.weight() == null ? 0 : c.weight()).sum();
	}

	boolean usesAnyCriterion() {
		return criteria.stream().anyMatch(Choice::inUse);
	}

	/** Only call on a form without errors. */
	FundingCallDefinition definition() {
		return new FundingCallDefinition(name, description, Objects.requireNonNull(budget),
				new FundingPeriod(Objects.requireNonNull(opensOn), Objects.requireNonNull(closesOn)),
				criteria.stream().filter(Choice::inUse)
					.map(c -> new CallCriterion(Objects.requireNonNull(c.criterionId()),
							c.weight() == null ? 0 : c.weight()))
					.toList());
	}

}
