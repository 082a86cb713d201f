package fi.ohjaamo.strategy.strategies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fi.ohjaamo.strategy.StrategyLine;
import fi.ohjaamo.strategy.StrategyLineKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Creating or editing a strategy. Principles and policies are typed one per line, in their order;
 * {@code version} is the version the person saw, null when creating.
 */
public record StrategyForm(@NotBlank @Size(max = 300) String name, @NotNull @Min(1990) @Max(2100) @Nullable Integer startYear,
		@NotNull @Min(1990) @Max(2100) @Nullable Integer endYear, @Size(max = 4000) String vision,
		@Size(max = 4000) String mission, @Size(max = 20000) String principles, @Size(max = 20000) String policies,
		@Nullable Long version) {

	public StrategyForm {
		name = name == null ? "" : name.strip();
		vision = vision == null ? "" : vision.strip();
		mission = mission == null ? "" : mission.strip();
		principles = principles == null ? "" : principles.strip();
		policies = policies == null ? "" : policies.strip();
	}

	public static StrategyForm of(Strategy s) {
		return new StrategyForm(s.getName(), s.getStartYear(), s.getEndYear(), s.getVision(), s.getMission(),
				String.join("\n", s.linesOf(StrategyLineKind.PRINCIPLE)),
				String.join("\n", s.linesOf(StrategyLineKind.POLICY)), s.getVersion());
	}

	public boolean endsBeforeStart() {
		return startYear != null && endYear != null && endYear < startYear;
	}

	public List<StrategyLine> lines() {
		var lines = new ArrayList<StrategyLine>();
		split(principles).forEach(t -> lines.add(new StrategyLine(StrategyLineKind.PRINCIPLE, t)));
		split(policies).forEach(t -> lines.add(new StrategyLine(StrategyLineKind.POLICY, t)));
		return lines;
	}

	private static List<String> split(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(t -> !t.isEmpty()).toList();
	}

}
