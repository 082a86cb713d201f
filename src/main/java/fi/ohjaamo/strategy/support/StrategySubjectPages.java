package fi.ohjaamo.strategy.support;

import java.util.Optional;
import java.util.UUID;

import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.SubjectPages;
import fi.ohjaamo.strategy.actions.ActionRepository;
import fi.ohjaamo.strategy.goals.CityGoalRepository;
import fi.ohjaamo.strategy.goals.StrategicGoalRepository;
import fi.ohjaamo.strategy.indicators.IndicatorRepository;
import fi.ohjaamo.strategy.programmes.ProgrammeRepository;
import fi.ohjaamo.strategy.programmes.SpearheadThemeRepository;
import fi.ohjaamo.strategy.programmes.WorksiteRepository;
import fi.ohjaamo.strategy.strategies.FocusAreaRepository;
import fi.ohjaamo.strategy.strategies.StrategyRepository;
import fi.ohjaamo.strategy.swot.SwotAnalysisRepository;
import fi.ohjaamo.strategy.swot.SwotItemRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Where the version pages link back to: the page that shows each kind of strategy record. */
@Component
@Transactional(readOnly = true)
class StrategySubjectPages implements SubjectPages {

	private final StrategyRepository strategies;

	private final FocusAreaRepository focusAreas;

	private final StrategicGoalRepository goals;

	private final CityGoalRepository cityGoals;

	private final ActionRepository actions;

	private final IndicatorRepository indicators;

	private final SwotAnalysisRepository analyses;

	private final SwotItemRepository items;

	private final ProgrammeRepository programmes;

	private final SpearheadThemeRepository themes;

	private final WorksiteRepository worksites;

	StrategySubjectPages(StrategyRepository strategies, FocusAreaRepository focusAreas, StrategicGoalRepository goals,
			CityGoalRepository cityGoals, ActionRepository actions, IndicatorRepository indicators,
			SwotAnalysisRepository analyses, SwotItemRepository items, ProgrammeRepository programmes,
			SpearheadThemeRepository themes, WorksiteRepository worksites) {
		this.programmes = programmes;
		this.themes = themes;
		this.worksites = worksites;
		this.strategies = strategies;
		this.focusAreas = focusAreas;
		this.goals = goals;
		this.cityGoals = cityGoals;
		this.actions = actions;
		this.indicators = indicators;
		this.analyses = analyses;
		this.items = items;
	}

	@Override
	public @Nullable String pathOf(UUID organisationId, Subject subject) {
		UUID id = subject.id();
		Optional<String> path = switch (subject.type()) {
			case StrategyVersions.STRATEGY -> strategies.findByIdAndOrganisationId(id, organisationId)
				.map(s -> "/strategy/strategies/" + id);
			case StrategyVersions.FOCUS_AREA -> focusAreas.findByIdAndOrganisationId(id, organisationId)
				.map(a -> "/strategy/focus-areas/" + id + "/edit");
			case StrategyVersions.GOAL -> goals.findByIdAndOrganisationId(id, organisationId)
				.map(g -> "/strategy/goals/" + id);
			case StrategyVersions.CITY_GOAL -> cityGoals.findByOrganisationIdOrderBySortOrderAscNameAsc(organisationId)
				.stream()
				.filter(c -> c.getId().equals(id))
				.findFirst()
				.map(c -> "/strategy/city-goals#city-goal-" + id);
			case StrategyVersions.ACTION -> actions.findByIdAndOrganisationId(id, organisationId)
				.map(a -> "/strategy/goals/" + a.getGoalId() + "/actions#action-" + id);
			case StrategyVersions.INDICATOR -> indicators.findByIdAndOrganisationId(id, organisationId)
				.map(i -> "/strategy/indicators/" + id);
			case StrategyVersions.SWOT_ANALYSIS -> analyses.findByIdAndOrganisationId(id, organisationId)
				.map(a -> "/strategy/swot/" + id);
			case StrategyVersions.SWOT_ITEM -> items.findByIdAndOrganisationId(id, organisationId)
				.map(i -> "/strategy/swot/" + i.getAnalysisId() + "#item-" + id);
			case ProgrammeVersions.PROGRAMME -> programmes.findByIdAndOrganisationId(id, organisationId)
				.map(p -> "/strategy/programmes/" + id);
			case ProgrammeVersions.THEME -> themes.findByIdAndOrganisationId(id, organisationId)
				.map(t -> "/strategy/programmes/" + t.getProgrammeId() + "#theme-" + id);
			case ProgrammeVersions.WORKSITE -> worksites.findByIdAndOrganisationId(id, organisationId)
				.map(w -> "/strategy/worksites/" + id + "/edit");
			default -> Optional.empty();
		};
		return path.orElse(null);
	}

}
