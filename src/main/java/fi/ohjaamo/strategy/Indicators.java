package fi.ohjaamo.strategy;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The strategy module's API for indicators: what is measured for each goal, the targets and the values. */
@Service
@Transactional(readOnly = true)
public class Indicators {

	private final IndicatorRepository indicators;

	private final StrategicGoals goals;

	private final ApplicationEventPublisher events;

	Indicators(IndicatorRepository indicators, StrategicGoals goals, ApplicationEventPublisher events) {
		this.indicators = indicators;
		this.goals = goals;
		this.events = events;
	}

	public List<Indicator> of(UUID organisationId) {
		return indicators.findByOrganisationIdOrderByNameAsc(organisationId);
	}

	public boolean any(UUID organisationId) {
		return indicators.existsByOrganisationId(organisationId);
	}

	/** An indicator of the organisation; one of another organisation is as unknown as one never created. */
	public Indicator get(UUID organisationId, UUID indicatorId) {
		return indicators.findByIdAndOrganisationId(indicatorId, organisationId).orElseThrow(NotFoundException::new);
	}

	@Transactional
	public Indicator add(UUID organisationId, IndicatorDefinition definition) {
		goals.get(organisationId, definition.goalId());
		var indicator = indicators.save(new Indicator(organisationId, definition));
		events.publishEvent(new IndicatorAdded(organisationId, indicator.getId(), indicator.getName()));
		return indicator;
	}

	/**
	 * Redefines an indicator the person saw at the given version.
	 * @throws IndicatorChangedMeanwhileException when someone saved it meanwhile; nothing is written then
	 */
	@Transactional
	public void redefine(UUID organisationId, UUID indicatorId, IndicatorDefinition definition, long seenVersion) {
		var indicator = get(organisationId, indicatorId);
		if (indicator.getVersion() != seenVersion) {
			throw new IndicatorChangedMeanwhileException();
		}
		goals.get(organisationId, definition.goalId());
		indicator.redefine(definition);
		indicators.saveAndFlush(indicator);
		events.publishEvent(new IndicatorChanged(organisationId, indicatorId, indicator.getName()));
	}

	@Transactional
	public void measure(UUID organisationId, UUID indicatorId, IndicatorMeasurement measurement) {
		var indicator = get(organisationId, indicatorId);
		indicator.measure(measurement);
		indicators.saveAndFlush(indicator);
		events.publishEvent(new IndicatorMeasured(organisationId, indicatorId, indicator.getName(),
				measurement.date(), measurement.value()));
	}

}
