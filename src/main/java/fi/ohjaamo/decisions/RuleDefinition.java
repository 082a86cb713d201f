package fi.ohjaamo.decisions;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.portfolio.ProjectKind;
import org.jspecify.annotations.Nullable;

/**
 * Everything a person sets on a decision rule: one condition (with its limit, years or kind) and its consequence,
 * the body that must approve and the analyses that must exist first.
 */
public record RuleDefinition(String name, RuleCondition condition, @Nullable BigDecimal limit,
		@Nullable Integer years, @Nullable ProjectKind projectKind, @Nullable UUID bodyId, Set<Analysis> required) {

	public RuleDefinition {
		required = Set.copyOf(required);
	}

}
