package fi.ohjaamo.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The focus areas of a strategy, in order. */
@Service
@Transactional(readOnly = true)
public class FocusAreas {

	private final FocusAreaRepository areas;

	private final Strategies strategies;

	private final ApplicationEventPublisher events;

	FocusAreas(FocusAreaRepository areas, Strategies strategies, ApplicationEventPublisher events) {
		this.areas = areas;
		this.strategies = strategies;
		this.events = events;
	}

	public List<FocusArea> of(UUID organisationId, UUID strategyId) {
		return areas.findByStrategyIdAndOrganisationIdOrderBySortOrderAsc(strategyId, organisationId);
	}

	public FocusArea get(UUID organisationId, UUID focusAreaId) {
		return areas.findByIdAndOrganisationId(focusAreaId, organisationId).orElseThrow(NotFoundException::new);
	}

	@Transactional
	public FocusArea add(UUID organisationId, UUID strategyId, String name, String description) {
		strategies.get(organisationId, strategyId);
		int next = of(organisationId, strategyId).size() + 1;
		var area = areas.save(new FocusArea(organisationId, strategyId, name, description, next));
		events.publishEvent(new FocusAreaAdded(organisationId, area.getId(), name));
		return area;
	}

	/** Renames or redescribes a focus area the person saw at the given version. */
	@Transactional
	public void revise(UUID organisationId, UUID focusAreaId, String name, String description, long seenVersion) {
		var area = get(organisationId, focusAreaId);
		if (area.getVersion() != seenVersion) {
			throw new ObjectOptimisticLockingFailureException(FocusArea.class, focusAreaId);
		}
		area.describe(name, description);
		areas.saveAndFlush(area);
		events.publishEvent(new FocusAreaRevised(organisationId, focusAreaId, name));
	}

	/** Moves a focus area one place up in its strategy's order; the first stays first. */
	@Transactional
	public void moveUp(UUID organisationId, UUID focusAreaId) {
		var area = get(organisationId, focusAreaId);
		var ordered = new ArrayList<>(of(organisationId, area.getStrategyId()));
		int at = ordered.indexOf(area);
		if (at > 0) {
			ordered.remove(at);
			ordered.add(at - 1, area);
		}
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).placeAt(i + 1);
		}
		events.publishEvent(new FocusAreaMoved(organisationId, focusAreaId, area.getName()));
	}

}
