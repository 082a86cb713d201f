package fi.ohjaamo.strategy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.strategy.indicators.Indicator;
import fi.ohjaamo.strategy.indicators.IndicatorAdded;
import fi.ohjaamo.strategy.indicators.IndicatorChanged;
import fi.ohjaamo.strategy.indicators.IndicatorForm;
import fi.ohjaamo.strategy.indicators.IndicatorMeasured;
import fi.ohjaamo.strategy.indicators.IndicatorRemoved;
import fi.ohjaamo.strategy.indicators.IndicatorRepository;
import fi.ohjaamo.strategy.strategies.FocusAreaRepository;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import fi.ohjaamo.strategy.support.StrategyVersions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The strategy module's API for indicators: what is measured for each goal or focus area, the targets and the
 * values. Every save keeps a version.
 */
@Service
@Transactional(readOnly = true)
public class Indicators {

	private final IndicatorRepository indicators;

	private final StrategicGoals goals;

	private final FocusAreaRepository focusAreas;

	private final StrategyVersions versions;

	private final ApplicationEventPublisher events;

	Indicators(IndicatorRepository indicators, StrategicGoals goals, FocusAreaRepository focusAreas,
			StrategyVersions versions, ApplicationEventPublisher events) {
		this.indicators = indicators;
		this.goals = goals;
		this.focusAreas = focusAreas;
		this.versions = versions;
		this.events = events;
	}

	public List<Indicator> of(UUID organisationId) {
		return indicators.findByOrganisationIdOrderByNameAsc(organisationId);
	}

	/** The indicators of one strategic goal, by name; none for another organisation's goal. */
	public List<Indicator> ofGoal(UUID organisationId, UUID goalId) {
		return indicators.findByOrganisationIdAndGoalIdOrderByNameAsc(organisationId, goalId);
	}

	/** The indicators of a whole focus area (not those of its goals), by name; none for another organisation's. */
	public List<Indicator> ofFocusArea(UUID organisationId, UUID focusAreaId) {
		return indicators.findByOrganisationIdAndFocusAreaIdOrderByNameAsc(organisationId, focusAreaId);
	}

	public boolean any(UUID organisationId) {
		return indicators.existsByOrganisationId(organisationId);
	}

	/** An indicator of the organisation; one of another organisation is as unknown as one never created. */
	public Indicator get(UUID organisationId, UUID indicatorId) {
		return indicators.findByIdAndOrganisationId(indicatorId, organisationId).orElseThrow(NotFoundException::new);
	}

	/**
	 * The rules on an indicator's form, next to its fields: its goal or focus area is the organisation's, it has
	 * exactly one of them, and the {@link IndicatorRules rules of its baseline, scale and targets} hold. A person's
	 * add or save refuses such an indicator too.
	 */
	public void check(UUID organisationId, IndicatorForm form, Errors errors) {
		if (form.goalId() != null && goals.of(organisationId).stream().noneMatch(g -> g.id().equals(form.goalId()))) {
			errors.rejectValue("goalId", "strategy.indicator.goal.unknown");
		}
		var focusAreaId = form.focusAreaId();
		if (focusAreaId != null && focusAreas.findByIdAndOrganisationId(focusAreaId, organisationId).isEmpty()) {
			errors.rejectValue("focusAreaId", "strategy.indicator.focusArea.unknown");
		}
		if (form.goalId() == null && focusAreaId == null && !errors.hasFieldErrors("goalId")) {
			errors.rejectValue("goalId", "strategy.indicator.owner.missing");
		}
		if (form.goalId() != null && focusAreaId != null && !errors.hasFieldErrors("focusAreaId")) {
			errors.rejectValue("focusAreaId", "strategy.indicator.owner.both");
		}
		for (var problem : IndicatorRules.of(form)) {
			if (!errors.hasFieldErrors(problem.field())) {
				errors.rejectValue(problem.field(), problem.code(), problem.arguments(), null);
			}
		}
	}

	/**
	 * The rules of a measured value, next to its field: on the indicator's scale, when it has one.
	 */
	public void checkMeasurement(UUID organisationId, UUID indicatorId, @Nullable BigDecimal value, Errors errors) {
		var definition = get(organisationId, indicatorId).definition();
		var min = definition.scaleMin();
		var max = definition.scaleMax();
		if (value != null && min != null && max != null && !definition.onScale(value)
				&& !errors.hasFieldErrors("value")) {
			var problem = IndicatorRules.offScale("value", min, max);
			errors.rejectValue("value", problem.code(), problem.arguments(), null);
		}
	}

	@Transactional
	public Indicator add(CurrentUser user, IndicatorDefinition definition) {
		StrategyPermissions.requireKeeper(user);
		requireRules(definition);
		return add(user.organisationId(), definition);
	}

	/** The same for starting data that no person asked for, such as the demo organisation's: it asks no one. */
	@Transactional
	public Indicator add(UUID organisationId, IndicatorDefinition definition) {
		requireOwner(organisationId, definition);
		var indicator = indicators.saveAndFlush(new Indicator(organisationId, definition));
		versions.kept(indicator);
		events.publishEvent(new IndicatorAdded(organisationId, indicator.getId(), indicator.getName()));
		return indicator;
	}

	/** The same returning only the id, so that the seeding module needs no strategy entity. */
	@Transactional
	public UUID seed(UUID organisationId, IndicatorDefinition definition) {
		return add(organisationId, definition).getId();
	}

	/**
	 * Redefines an indicator the person saw at the given version.
	 * @throws ChangedMeanwhileException when someone saved it meanwhile; nothing is written then
	 */
	@Transactional
	public void redefine(CurrentUser user, UUID indicatorId, IndicatorDefinition definition, long seenVersion) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var indicator = get(organisationId, indicatorId);
		if (indicator.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the indicator");
		}
		requireOwner(organisationId, definition);
		requireRules(definition);
		indicator.redefine(definition);
		indicators.saveAndFlush(indicator);
		versions.kept(indicator);
		events.publishEvent(new IndicatorChanged(organisationId, indicatorId, indicator.getName()));
	}

	@Transactional
	public void measure(CurrentUser user, UUID indicatorId, IndicatorMeasurement measurement) {
		StrategyPermissions.requireKeeper(user);
		if (!get(user.organisationId(), indicatorId).definition().onScale(measurement.value())) {
			throw new IllegalArgumentException("a measured value lies on the indicator's scale");
		}
		measure(user.organisationId(), indicatorId, measurement);
	}

	/** The same for starting data that no person asked for, such as the demo organisation's: it asks no one. */
	@Transactional
	public void measure(UUID organisationId, UUID indicatorId, IndicatorMeasurement measurement) {
		var indicator = get(organisationId, indicatorId);
		indicator.measure(measurement);
		indicators.saveAndFlush(indicator);
		versions.kept(indicator);
		events.publishEvent(new IndicatorMeasured(organisationId, indicatorId, indicator.getName(),
				measurement.date(), measurement.value()));
	}

	/**
	 * Deletes an indicator with its targets and measured values; its history keeps them. Nothing else refers to an
	 * indicator yet; when something does (a benefit it measures), this is where the deletion is refused.
	 */
	@Transactional
	public void remove(CurrentUser user, UUID indicatorId) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var indicator = get(organisationId, indicatorId);
		versions.deleted(indicator);
		indicators.delete(indicator);
		indicators.flush();
		events.publishEvent(new IndicatorRemoved(organisationId, indicatorId, indicator.getName()));
	}

	/** The rules the form says next to its fields, for a save that came some other way. */
	private static void requireRules(IndicatorDefinition definition) {
		var problems = IndicatorRules.of(IndicatorForm.of(definition, null));
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("the indicator breaks its rules: " + problems.stream()
				.map(p -> p.field() + " " + p.code())
				.toList());
		}
	}

	/** The goal or focus area must be the organisation's: another's is as unknown as one never created. */
	private void requireOwner(UUID organisationId, IndicatorDefinition definition) {
		var goalId = definition.goalId();
		var focusAreaId = definition.focusAreaId();
		if (goalId != null) {
			goals.get(organisationId, goalId);
		}
		if (focusAreaId != null && focusAreas.findByIdAndOrganisationId(focusAreaId, organisationId).isEmpty()) {
			throw new NotFoundException();
		}
	}

}
