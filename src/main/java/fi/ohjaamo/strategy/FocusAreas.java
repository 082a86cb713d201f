package fi.ohjaamo.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.strategy.strategies.FocusArea;
import fi.ohjaamo.strategy.strategies.FocusAreaAdded;
import fi.ohjaamo.strategy.strategies.FocusAreaMoved;
import fi.ohjaamo.strategy.strategies.FocusAreaRepository;
import fi.ohjaamo.strategy.strategies.FocusAreaRevised;
import fi.ohjaamo.strategy.strategies.Strategy;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import fi.ohjaamo.strategy.support.StrategyVersions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The focus areas of a strategy, in order. Every save keeps a version. */
@Service
@Transactional(readOnly = true)
public class FocusAreas {

	/** A strategy and its focus areas in order, for choosing one of the organisation's focus areas. */
	public record OfStrategy(Strategy strategy, List<FocusArea> areas) {
	}

	private final FocusAreaRepository areas;

	private final Strategies strategies;

	private final StrategyVersions versions;

	private final ApplicationEventPublisher events;

	FocusAreas(FocusAreaRepository areas, Strategies strategies, StrategyVersions versions,
			ApplicationEventPublisher events) {
		this.areas = areas;
		this.strategies = strategies;
		this.versions = versions;
		this.events = events;
	}

	public List<FocusArea> of(UUID organisationId, UUID strategyId) {
		return areas.findByStrategyIdAndOrganisationIdOrderBySortOrderAsc(strategyId, organisationId);
	}

	/** Every focus area of the organisation, whichever strategy it belongs to. */
	public List<FocusArea> ofOrganisation(UUID organisationId) {
		return areas.findByOrganisationIdOrderBySortOrderAsc(organisationId);
	}

	/** The id of the organisation's focus area of the given name, whichever strategy it belongs to. */
	public Optional<UUID> named(UUID organisationId, String name) {
		return ofOrganisation(organisationId).stream()
			.filter(a -> a.getName().equals(name))
			.map(FocusArea::getId)
			.findFirst();
	}

	/** The organisation's strategies that have focus areas, newest first, each with its areas in order. */
	public List<OfStrategy> byStrategy(UUID organisationId) {
		return strategies.of(organisationId)
			.stream()
			.map(s -> new OfStrategy(s, of(organisationId, s.getId())))
			.filter(s -> !s.areas().isEmpty())
			.toList();
	}

	public FocusArea get(UUID organisationId, UUID focusAreaId) {
		return areas.findByIdAndOrganisationId(focusAreaId, organisationId).orElseThrow(NotFoundException::new);
	}

	@Transactional
	public FocusArea add(CurrentUser user, UUID strategyId, String name, String description) {
		StrategyPermissions.requireKeeper(user);
		return add(user.organisationId(), strategyId, name, description);
	}

	/** The same for starting data that no person asked for, such as the demo organisation's: it asks no one. */
	@Transactional
	public FocusArea add(UUID organisationId, UUID strategyId, String name, String description) {
		strategies.get(organisationId, strategyId);
		int next = of(organisationId, strategyId).size() + 1;
		var area = areas.saveAndFlush(new FocusArea(organisationId, strategyId, name, description, next));
		versions.kept(area);
		events.publishEvent(new FocusAreaAdded(organisationId, area.getId(), name));
		return area;
	}

	/** The same returning only the id, so that the seeding module needs no strategy entity. */
	@Transactional
	public UUID seed(UUID organisationId, UUID strategyId, String name, String description) {
		return add(organisationId, strategyId, name, description).getId();
	}

	/**
	 * Renames or redescribes a focus area the person saw at the given version.
	 * @throws ChangedMeanwhileException when someone saved it meanwhile; nothing is written then
	 */
	@Transactional
	public void revise(CurrentUser user, UUID focusAreaId, String name, String description, long seenVersion) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var area = get(organisationId, focusAreaId);
		if (area.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the focus area");
		}
		area.describe(name, description);
		areas.saveAndFlush(area);
		versions.kept(area);
		events.publishEvent(new FocusAreaRevised(organisationId, focusAreaId, name));
	}

	/** Moves a focus area one place up in its strategy's order; the first stays first. */
	@Transactional
	public void moveUp(CurrentUser user, UUID focusAreaId) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		move(organisationId, focusAreaId, -1);
	}

	/** Moves a focus area one place down in its strategy's order; the last stays last. */
	@Transactional
	public void moveDown(CurrentUser user, UUID focusAreaId) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		move(organisationId, focusAreaId, 1);
	}

	private void move(UUID organisationId, UUID focusAreaId, int by) {
		var area = get(organisationId, focusAreaId);
		var ordered = new ArrayList<>(of(organisationId, area.getStrategyId()));
		var neighbour = Ordering.move(ordered, area, by);
		if (neighbour != null) {
			for (int i = 0; i < ordered.size(); i++) {
				ordered.get(i).placeAt(i + 1);
			}
			areas.flush();
			versions.kept(area);
			versions.kept(neighbour);
		}
		events.publishEvent(new FocusAreaMoved(organisationId, focusAreaId, area.getName()));
	}

}
