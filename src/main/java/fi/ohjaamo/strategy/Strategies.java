package fi.ohjaamo.strategy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.strategy.strategies.Strategy;
import fi.ohjaamo.strategy.strategies.StrategyApproved;
import fi.ohjaamo.strategy.strategies.StrategyDecisionCorrected;
import fi.ohjaamo.strategy.strategies.StrategyDecisionRecorded;
import fi.ohjaamo.strategy.strategies.StrategyDecisionRemoved;
import fi.ohjaamo.strategy.strategies.StrategyArchived;
import fi.ohjaamo.strategy.strategies.StrategyCreated;
import fi.ohjaamo.strategy.strategies.StrategyForm;
import fi.ohjaamo.strategy.strategies.StrategyMadeCurrent;
import fi.ohjaamo.strategy.strategies.StrategyRepository;
import fi.ohjaamo.strategy.strategies.StrategyRevised;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import fi.ohjaamo.strategy.support.StrategyVersions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** An organisation's IT strategies over time, of which exactly one at a time may be the current one. */
@Service
@Transactional(readOnly = true)
public class Strategies {

	private final StrategyRepository strategies;

	private final StrategyVersions versions;

	private final ApplicationEventPublisher events;

	Strategies(StrategyRepository strategies, StrategyVersions versions, ApplicationEventPublisher events) {
		this.strategies = strategies;
		this.versions = versions;
		this.events = events;
	}

	public List<Strategy> of(UUID organisationId) {
		return strategies.findByOrganisationIdOrderByStartYearDescNameAsc(organisationId);
	}

	public Optional<Strategy> current(UUID organisationId) {
		return strategies.findByOrganisationIdAndCurrentTrue(organisationId);
	}

	public Optional<UUID> currentId(UUID organisationId) {
		return current(organisationId).map(Strategy::getId);
	}

	/** A strategy of the organisation; one of another organisation is as unknown as one never created. */
	public Strategy get(UUID organisationId, UUID strategyId) {
		return strategies.findByIdAndOrganisationId(strategyId, organisationId).orElseThrow(NotFoundException::new);
	}

	/** Writes a new draft strategy; its principles and policies in the order given. */
	@Transactional
	public Strategy create(CurrentUser user, String name, int startYear, int endYear, String vision,
			String mission, List<StrategyLine> lines) {
		StrategyPermissions.requireKeeper(user);
		return create(user.organisationId(), name, startYear, endYear, vision, mission, lines);
	}

	/** The same for starting data that no person asked for, such as the demo organisation's: it asks no one. */
	@Transactional
	public Strategy create(UUID organisationId, String name, int startYear, int endYear, String vision,
			String mission, List<StrategyLine> lines) {
		var strategy = new Strategy(organisationId, name, startYear, endYear);
		strategy.revise(name, startYear, endYear, vision, mission, lines);
		strategies.saveAndFlush(strategy);
		versions.kept(strategy);
		events.publishEvent(new StrategyCreated(organisationId, strategy.getId(), strategy.getName()));
		return strategy;
	}

	/** The same returning only the id, so that the seeding module needs no strategy entity. */
	@Transactional
	public UUID seed(UUID organisationId, String name, int startYear, int endYear, String vision, String mission,
			List<StrategyLine> lines) {
		return create(organisationId, name, startYear, endYear, vision, mission, lines).getId();
	}

	/**
	 * The rule on a strategy's form next to its end year: a strategy cannot end before it starts. A save refuses
	 * such years too ({@link Strategy}).
	 */
	public static void check(StrategyForm form, Errors errors) {
		if (!errors.hasFieldErrors("startYear") && !errors.hasFieldErrors("endYear") && form.endsBeforeStart()) {
			errors.rejectValue("endYear", "strategy.strategy.endYear.beforeStart");
		}
	}

	/**
	 * Saves an edit of a strategy the person saw at the given version.
	 * @throws ChangedMeanwhileException when someone saved it meanwhile; nothing is written then
	 */
	@Transactional
	public void revise(CurrentUser user, UUID strategyId, StrategyForm form, long seenVersion) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var strategy = get(organisationId, strategyId);
		if (strategy.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the strategy");
		}
		strategy.revise(form.name(), nonNull(form.startYear()), nonNull(form.endYear()), form.vision(), form.mission(),
				form.lines());
		strategies.saveAndFlush(strategy);
		versions.kept(strategy);
		events.publishEvent(new StrategyRevised(organisationId, strategyId, strategy.getName()));
	}

	@Transactional
	public void approve(CurrentUser user, UUID strategyId, Approval approval) {
		StrategyPermissions.requireKeeper(user);
		approve(user.organisationId(), strategyId, approval);
	}

	/**
	 * The same for starting data that no person asked for, such as the demo organisation's: it asks no one. Each call
	 * appends a decision to the strategy's approval chain (the board's, then the council's).
	 */
	@Transactional
	public void approve(UUID organisationId, UUID strategyId, Approval approval) {
		var strategy = get(organisationId, strategyId);
		boolean first = strategy.getApproval() == null;
		strategy.approve(approval, versions.nextNumber(strategy));
		strategies.saveAndFlush(strategy);
		versions.kept(strategy);
		String summary = strategy.getName() + " – " + describe(approval);
		events.publishEvent(first ? new StrategyApproved(organisationId, strategyId, summary)
				: new StrategyDecisionRecorded(organisationId, strategyId, summary));
	}

	/**
	 * Corrects the decision at the given place (from 0) of the approval chain of a strategy the person saw at the given
	 * version.
	 * @throws ChangedMeanwhileException when someone saved the strategy meanwhile; nothing is written then
	 */
	@Transactional
	public void correctDecision(CurrentUser user, UUID strategyId, int index, Approval decision, long seenVersion) {
		StrategyPermissions.requireKeeper(user);
		var strategy = seen(user.organisationId(), strategyId, seenVersion);
		strategy.correctDecision(index, decision);
		strategies.saveAndFlush(strategy);
		versions.kept(strategy);
		events.publishEvent(new StrategyDecisionCorrected(user.organisationId(), strategyId,
				strategy.getName() + " – " + describe(decision)));
	}

	/**
	 * Removes a decision recorded by mistake from the chain of a strategy the person saw at the given version; the
	 * last remaining decision stays (it can be corrected).
	 * @throws ChangedMeanwhileException when someone saved the strategy meanwhile; nothing is written then
	 */
	@Transactional
	public void removeDecision(CurrentUser user, UUID strategyId, int index, long seenVersion) {
		StrategyPermissions.requireKeeper(user);
		var strategy = seen(user.organisationId(), strategyId, seenVersion);
		var removed = decisionAt(strategy, index);
		strategy.removeDecision(index);
		strategies.saveAndFlush(strategy);
		versions.kept(strategy);
		events.publishEvent(new StrategyDecisionRemoved(user.organisationId(), strategyId,
				strategy.getName() + " – " + describe(removed)));
	}

	/** The decision at the given place (from 0) of the strategy's approval chain. */
	public static Approval decisionAt(Strategy strategy, int index) {
		var chain = strategy.getApprovals();
		if (index < 0 || index >= chain.size()) {
			throw new NotFoundException();
		}
		return chain.get(index);
	}

	private Strategy seen(UUID organisationId, UUID strategyId, long seenVersion) {
		var strategy = get(organisationId, strategyId);
		if (strategy.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the strategy");
		}
		return strategy;
	}

	private static String describe(Approval decision) {
		return (decision.body() + " " + (decision.date() == null ? "" : decision.date()) + " "
				+ Objects.requireNonNullElse(decision.minutesSection(), "")).strip();
	}

	@Transactional
	public void archive(CurrentUser user, UUID strategyId) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var strategy = get(organisationId, strategyId);
		strategy.archive();
		strategies.saveAndFlush(strategy);
		versions.kept(strategy);
		events.publishEvent(new StrategyArchived(organisationId, strategyId, strategy.getName()));
	}

	/** Makes the strategy the organisation's current one; the previous current strategy stops being it. */
	@Transactional
	public void makeCurrent(CurrentUser user, UUID strategyId) {
		StrategyPermissions.requireKeeper(user);
		makeCurrent(user.organisationId(), strategyId);
	}

	/** The same for starting data that no person asked for, such as the demo organisation's: it asks no one. */
	@Transactional
	public void makeCurrent(UUID organisationId, UUID strategyId) {
		var strategy = get(organisationId, strategyId);
		strategy.makeCurrent();
		for (var other : of(organisationId)) {
			if (other.isCurrent() && !other.getId().equals(strategyId)) {
				other.stopBeingCurrent();
				strategies.saveAndFlush(other);
				versions.kept(other);
			}
		}
		strategies.saveAndFlush(strategy);
		versions.kept(strategy);
		events.publishEvent(new StrategyMadeCurrent(organisationId, strategyId, strategy.getName()));
	}

	private static int nonNull(@Nullable Integer year) {
		if (year == null) {
			throw new IllegalArgumentException("a strategy needs its years");
		}
		return year;
	}

}
