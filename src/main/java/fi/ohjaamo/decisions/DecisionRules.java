package fi.ohjaamo.decisions;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.StatusDecisions;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.steering.SteeringBodies;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.Errors;

/**
 * The decisions module's API for the decision matrix: the organisation's rules in order of precedence. Once a rule
 * names a body, the organisation's approvals and rejections are recorded as that body's decisions.
 */
@Service
@Transactional(readOnly = true)
public class DecisionRules implements StatusDecisions {

	private final DecisionRuleRepository rules;

	private final SteeringBodies bodies;

	private final ApplicationEventPublisher events;

	DecisionRules(DecisionRuleRepository rules, SteeringBodies bodies, ApplicationEventPublisher events) {
		this.rules = rules;
		this.bodies = bodies;
		this.events = events;
	}

	/** The organisation's rules, first the one that takes precedence. */
	public List<DecisionRule> of(UUID organisationId) {
		return rules.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId);
	}

	public DecisionRule get(UUID organisationId, UUID ruleId) {
		return rules.findByIdAndOrganisationId(ruleId, organisationId).orElseThrow(NotFoundException::new);
	}

	@Override
	public boolean recordsDecisions(UUID organisationId) {
		return rules.existsByOrganisationIdAndBodyIdIsNotNull(organisationId);
	}

	/** Adds an error for each broken rule, on the field a person has to change. */
	public void check(UUID organisationId, @Nullable UUID ruleId, RuleDefinition rule, Errors errors) {
		if (of(organisationId).stream()
			.anyMatch(r -> !r.getId().equals(ruleId) && r.getName().equalsIgnoreCase(rule.name().strip()))) {
			errors.rejectValue("name", "decisions.rule.name.taken");
		}
		if (rule.condition().needsLimit() && rule.limit() == null && !errors.hasFieldErrors("limit")) {
			errors.rejectValue("limit", "decisions.rule.limit.missing");
		}
		if (rule.condition() == RuleCondition.TOTAL_ABOVE && rule.years() == null && !errors.hasFieldErrors("years")) {
			errors.rejectValue("years", "decisions.rule.years.missing");
		}
		if (rule.condition() == RuleCondition.PROJECT_KIND && rule.projectKind() == null) {
			errors.rejectValue("projectKind", "decisions.rule.projectKind.missing");
		}
		if (rule.bodyId() != null && bodies.of(organisationId).stream().noneMatch(b -> b.getId().equals(rule.bodyId()))) {
			errors.rejectValue("bodyId", "decisions.rule.bodyId.unknown");
		}
		if (rule.bodyId() == null && rule.required().isEmpty()) {
			errors.rejectValue("bodyId", "decisions.rule.consequence.missing");
		}
	}

	/** Adds a rule as the person keeping the organisation's decision rules. */
	@Transactional
	public DecisionRule add(CurrentUser user, RuleDefinition definition, @Nullable Integer position) {
		requireKeeper(user);
		return add(user.organisationId(), definition, position);
	}

	/** Adds a rule that no person asked for: an organisation's starting rules, such as the demo's. */
	@Transactional
	public DecisionRule add(UUID organisationId, RuleDefinition definition, @Nullable Integer position) {
		requireValid(organisationId, null, definition);
		int at = position == null ? of(organisationId).size() + 1 : position;
		var rule = rules.save(new DecisionRule(organisationId, definition, at));
		events.publishEvent(new DecisionEvents.RuleAdded(organisationId, rule.getId(), rule.getName()));
		return rule;
	}

	/**
	 * Redefines a rule the person saw at the given version, possibly moving it in the order.
	 * @throws ChangedMeanwhileException when someone saved it meanwhile; nothing is written then
	 */
	@Transactional
	public void redefine(CurrentUser user, UUID ruleId, RuleDefinition definition, int position, long seenVersion) {
		requireKeeper(user);
		UUID organisationId = user.organisationId();
		var rule = get(organisationId, ruleId);
		if (rule.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the decision rule");
		}
		requireValid(organisationId, ruleId, definition);
		rule.redefine(definition, position);
		rules.saveAndFlush(rule);
		events.publishEvent(new DecisionEvents.RuleChanged(organisationId, ruleId, rule.getName()));
	}

	/**
	 * Deletes a rule. The decisions already recorded under it stay with their projects and bodies; the remaining rules
	 * keep their order numbers, as those are what people refer to.
	 */
	@Transactional
	public void remove(CurrentUser user, UUID ruleId) {
		requireKeeper(user);
		UUID organisationId = user.organisationId();
		var rule = get(organisationId, ruleId);
		rules.delete(rule);
		events.publishEvent(new DecisionEvents.RuleRemoved(organisationId, ruleId, rule.getName()));
	}

	private static void requireKeeper(CurrentUser user) {
		DecisionPermissions.require(DecisionPermissions.mayKeepRules(user), "may not manage decision rules");
	}

	private void requireValid(UUID organisationId, @Nullable UUID ruleId, RuleDefinition definition) {
		var errors = new MapBindingResult(new HashMap<>(), "rule");
		check(organisationId, ruleId, definition, errors);
		if (errors.hasErrors()) {
			throw new IllegalArgumentException("the rule breaks the rules: " + errors.getAllErrors());
		}
	}

}
