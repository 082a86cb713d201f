package fi.ohjaamo.decisions;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.portfolio.ProjectKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Adding or editing a decision rule; {@code version} is the version the person saw, null when adding. */
record RuleForm(@NotBlank @Size(max = 200) String name, @NotNull @Min(1) @Max(999) @Nullable Integer position,
		@NotNull @Nullable RuleCondition condition,
		@DecimalMin("0") @Digits(integer = 12, fraction = 2) @Nullable BigDecimal limit,
		@Min(1) @Max(30) @Nullable Integer years, @Nullable ProjectKind projectKind, @Nullable UUID bodyId,
		@Nullable List<Analysis> required, @Nullable Long version) {

	RuleForm {
		name = name == null ? "" : name.strip();
		required = required == null ? List.of() : required.stream().filter(Objects::nonNull).distinct().toList();
	}

	static RuleForm blank(int position) {
		return new RuleForm("", position, RuleCondition.ONE_OFF_ABOVE, null, null, null, null, List.of(), null);
	}

	static RuleForm of(DecisionRule rule) {
		var d = rule.definition();
		return new RuleForm(d.name(), rule.getPosition(), d.condition(), d.limit(), d.years(), d.projectKind(),
				d.bodyId(), List.copyOf(d.required()), rule.getVersion());
	}

	RuleDefinition definition() {
		var analyses = EnumSet.noneOf(Analysis.class);
		if (required != null) {
			analyses.addAll(required);
		}
		return new RuleDefinition(name, condition == null ? RuleCondition.ALWAYS : condition, limit, years,
				projectKind, bodyId, analyses);
	}

}
