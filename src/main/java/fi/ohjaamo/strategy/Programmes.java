package fi.ohjaamo.strategy;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.strategy.programmes.Programme;
import fi.ohjaamo.strategy.programmes.ProgrammeCreated;
import fi.ohjaamo.strategy.programmes.ProgrammeRepository;
import fi.ohjaamo.strategy.programmes.ProgrammeRevised;
import fi.ohjaamo.strategy.support.ProgrammeVersions;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** An organisation's programmes (ohjelmat); every write to a programme itself goes through here. */
@Service
@Transactional(readOnly = true)
public class Programmes {

	private final ProgrammeRepository programmes;

	private final Strategies strategies;

	private final ProgrammeVersions versions;

	private final ApplicationEventPublisher events;

	Programmes(ProgrammeRepository programmes, Strategies strategies, ProgrammeVersions versions,
			ApplicationEventPublisher events) {
		this.versions = versions;
		this.programmes = programmes;
		this.strategies = strategies;
		this.events = events;
	}

	public List<Programme> of(UUID organisationId) {
		return programmes.findByOrganisationIdOrderByStartYearDescNameAsc(organisationId);
	}

	/** A programme of the organisation; one of another organisation is as unknown as one never created. */
	public Programme get(UUID organisationId, UUID programmeId) {
		return programmes.findByIdAndOrganisationId(programmeId, organisationId).orElseThrow(NotFoundException::new);
	}

	/** Whether the strategy may be linked: none, or one of the organisation's own. */
	public boolean offersStrategy(UUID organisationId, @Nullable UUID strategyId) {
		return strategyId == null || strategies.of(organisationId).stream().anyMatch(s -> s.getId().equals(strategyId));
	}

	/**
	 * The rules on a programme's form next to its fields: it cannot end before it starts, and its strategy is the
	 * organisation's own. A save refuses such a programme too.
	 */
	public void check(UUID organisationId, @Nullable Integer startYear, @Nullable Integer endYear,
			@Nullable UUID strategyId, Errors errors) {
		if (!errors.hasFieldErrors("startYear") && !errors.hasFieldErrors("endYear") && startYear != null
				&& endYear != null && endYear < startYear) {
			errors.rejectValue("endYear", "strategy.programme.endYear.beforeStart");
		}
		if (!errors.hasFieldErrors("strategyId") && !offersStrategy(organisationId, strategyId)) {
			errors.rejectValue("strategyId", "strategy.programme.strategyId.unknown");
		}
	}

	@Transactional
	public Programme create(CurrentUser user, String name, int startYear, int endYear, String description,
			@Nullable UUID strategyId, ProgrammeStatus status) {
		StrategyPermissions.requireKeeper(user);
		return create(user.organisationId(), name, startYear, endYear, description, strategyId, status);
	}

	/** The same for starting data that no person asked for, such as the demo organisation's: it asks no one. */
	@Transactional
	public Programme create(UUID organisationId, String name, int startYear, int endYear, String description,
			@Nullable UUID strategyId, ProgrammeStatus status) {
		requireYears(startYear, endYear);
		requireOwnStrategy(organisationId, strategyId);
		var programme = new Programme(organisationId);
		programme.describe(name, startYear, endYear, description, strategyId, status);
		programmes.save(programme);
		versions.kept(programme);
		events.publishEvent(new ProgrammeCreated(organisationId, programme.getId(), name));
		return programme;
	}

	/** The same returning only the id, so that the seeding module needs no strategy entity. */
	@Transactional
	public UUID seed(UUID organisationId, String name, int startYear, int endYear, String description,
			@Nullable UUID strategyId, ProgrammeStatus status) {
		return create(organisationId, name, startYear, endYear, description, strategyId, status).getId();
	}

	/**
	 * Saves an edit of a programme the person saw at the given version.
	 * @throws ChangedMeanwhileException when someone saved it meanwhile; nothing is written then
	 */
	@Transactional
	public void revise(CurrentUser user, UUID programmeId, String name, int startYear, int endYear,
			String description, @Nullable UUID strategyId, ProgrammeStatus status, long seenVersion) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var programme = get(organisationId, programmeId);
		if (programme.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the programme");
		}
		requireYears(startYear, endYear);
		requireOwnStrategy(organisationId, strategyId);
		programme.describe(name, startYear, endYear, description, strategyId, status);
		programmes.saveAndFlush(programme);
		versions.kept(programme);
		events.publishEvent(new ProgrammeRevised(organisationId, programmeId, name));
	}

	private static void requireYears(int startYear, int endYear) {
		if (endYear < startYear) {
			throw new IllegalArgumentException("a programme cannot end before it starts");
		}
	}

	private void requireOwnStrategy(UUID organisationId, @Nullable UUID strategyId) {
		if (!offersStrategy(organisationId, strategyId)) {
			throw new NotFoundException();
		}
	}

}
