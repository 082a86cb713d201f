package fi.ohjaamo.prioritisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Adding or editing a criterion with its scale; {@code version} is the version the person saw, null when adding.
 * The level list is mutable so that levels can be added and removed without JavaScript.
 */
record CriterionForm(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
		@NotNull @Min(0) @Max(100) @Nullable Integer weight, @NotNull @Min(0) @Max(10) @Nullable Integer scaleStart,
		@Valid List<Level> levels, @Nullable Boolean active, @Nullable Long version) {

	static final int MAX_LEVELS = CriterionDefinition.MAX_LEVELS;

	record Level(@NotBlank @Size(max = 500) String meaning) {

		Level {
			meaning = meaning == null ? "" : meaning.strip();
		}

	}

	CriterionForm {
		name = name == null ? "" : name.strip();
		description = description == null ? "" : description.strip();
		levels = levels == null ? new ArrayList<>() : new ArrayList<>(levels);
		// An unticked checkbox sends nothing.
		active = active != null && active;
	}

	boolean inUse() {
		return active != null && active;
	}

	static CriterionForm blank() {
		return new CriterionForm("", "", null, 0,
				List.of(new Level(""), new Level(""), new Level(""), new Level("")), true, null);
	}

	static CriterionForm of(Criterion criterion) {
		var d = criterion.definition();
		return new CriterionForm(d.name(), d.description(), d.weight(), d.scaleStart(),
				d.levels().stream().map(Level::new).toList(), d.active(), criterion.getVersion());
	}

	/** A copy whose binding errors stay behind, for showing the form after a level was added or removed. */
	CriterionForm fresh() {
		return new CriterionForm(name, description, weight, scaleStart, levels, active, version);
	}

	/** Only call on a form without errors. */
	CriterionDefinition definition() {
		return new CriterionDefinition(name, description, Objects.requireNonNull(weight),
				Objects.requireNonNull(scaleStart),
				levels.stream().map(Level::meaning).toList(), inUse());
	}

}
