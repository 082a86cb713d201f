package fi.ohjaamo.decisions;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.UUID;

import fi.ohjaamo.portfolio.ProjectKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** One rule of an organisation's decision matrix, at its place in the order of precedence. */
@Entity
@Table(name = "decision_rule")
public class DecisionRule {

	@Id
	private UUID id;

	private UUID organisationId;

	private int sortOrder;

	private String name;

	@Enumerated(EnumType.STRING)
	private RuleCondition ruleCondition = RuleCondition.ALWAYS;

	private @Nullable BigDecimal amountLimit;

	private @Nullable Integer years;

	@Enumerated(EnumType.STRING)
	private @Nullable ProjectKind projectKind;

	private @Nullable UUID bodyId;

	private boolean requiresTco;

	private boolean requiresImpactAssessment;

	private boolean requiresRiskAssessment;

	@Version
	private long version;

	protected DecisionRule() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.name = "";
	}

	DecisionRule(UUID organisationId, RuleDefinition definition, int position) {
		this();
		this.organisationId = organisationId;
		redefine(definition, position);
	}

	void redefine(RuleDefinition definition, int position) {
		this.sortOrder = position;
		this.name = definition.name();
		this.ruleCondition = definition.condition();
		this.amountLimit = definition.condition().needsLimit() ? definition.limit() : null;
		this.years = definition.condition() == RuleCondition.TOTAL_ABOVE ? definition.years() : null;
		this.projectKind = definition.condition() == RuleCondition.PROJECT_KIND ? definition.projectKind() : null;
		this.bodyId = definition.bodyId();
		this.requiresTco = definition.required().contains(Analysis.TCO);
		this.requiresImpactAssessment = definition.required().contains(Analysis.IMPACT_ASSESSMENT);
		this.requiresRiskAssessment = definition.required().contains(Analysis.RISK_ASSESSMENT);
	}

	public RuleDefinition definition() {
		var required = EnumSet.noneOf(Analysis.class);
		if (requiresTco) {
			required.add(Analysis.TCO);
		}
		if (requiresImpactAssessment) {
			required.add(Analysis.IMPACT_ASSESSMENT);
		}
		if (requiresRiskAssessment) {
			required.add(Analysis.RISK_ASSESSMENT);
		}
		return new RuleDefinition(name, ruleCondition, amountLimit, years, projectKind, bodyId, required);
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public int getPosition() {
		return sortOrder;
	}

	public String getName() {
		return name;
	}

	public long getVersion() {
		return version;
	}

}
