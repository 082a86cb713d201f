package fi.ohjaamo.strategy.support;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.history.Snapshot;
import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.strategy.programmes.Programme;
import fi.ohjaamo.strategy.programmes.SpearheadTheme;
import fi.ohjaamo.strategy.strategies.Strategy;
import fi.ohjaamo.strategy.programmes.Worksite;
import fi.ohjaamo.strategy.programmes.ProgrammeRepository;
import fi.ohjaamo.strategy.programmes.SpearheadThemeRepository;
import fi.ohjaamo.strategy.programmes.WorksiteRepository;
import fi.ohjaamo.strategy.strategies.StrategyRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps a version of a programme, spearhead theme or worksite with each of its saves, in the same way as
 * {@link StrategyVersions}: linked records by their names at the time, the status as a message code.
 */
@Component
public class ProgrammeVersions {

	public static final String PROGRAMME = "programme";

	public static final String THEME = "spearhead-theme";

	public static final String WORKSITE = "worksite";

	private final Versions versions;

	private final ProgrammeRepository programmes;

	private final SpearheadThemeRepository themes;

	private final WorksiteRepository worksites;

	private final StrategyRepository strategies;

	private final Organisations organisations;

	ProgrammeVersions(Versions versions, ProgrammeRepository programmes, SpearheadThemeRepository themes,
			WorksiteRepository worksites, StrategyRepository strategies, Organisations organisations) {
		this.versions = versions;
		this.programmes = programmes;
		this.themes = themes;
		this.worksites = worksites;
		this.strategies = strategies;
		this.organisations = organisations;
	}

	public void kept(Programme programme) {
		UUID strategyId = programme.getStrategyId();
		var fields = Snapshot.builder()
			.text("history.field.name", programme.getName())
			.text("history.field.years", programme.getStartYear() + "–" + programme.getEndYear())
			.text("history.field.description", programme.getDescription())
			.text("history.field.strategy", strategyId == null ? ""
					: strategies.findByIdAndOrganisationId(strategyId, programme.getOrganisationId())
						.map(Strategy::getName)
						.orElse(""))
			.code("history.field.status", StrategyVersions.code(programme.getStatus()));
		versions.keep(programme.getOrganisationId(), new Subject(PROGRAMME, programme.getId()), programme.getName(),
				fields.build());
	}

	public void kept(UUID organisationId, SpearheadTheme theme) {
		var ordered = themes.findByProgrammeIdAndOrganisationIdOrderBySortOrderAsc(theme.getProgrammeId(), organisationId);
		var fields = Snapshot.builder()
			.text("history.field.programme", programmes.findByIdAndOrganisationId(theme.getProgrammeId(), organisationId)
				.map(Programme::getName)
				.orElse(""))
			.text("history.field.name", theme.getName())
			.text("history.field.description", theme.getDescription())
			.number("history.field.position", null, StrategyVersions.position(ordered.stream().map(SpearheadTheme::getId).toList(),
					theme.getId()));
		versions.keep(organisationId, new Subject(THEME, theme.getId()), theme.getName(), fields.build());
	}

	public void kept(UUID organisationId, Worksite worksite) {
		var ordered = worksites.findByThemeIdAndOrganisationIdOrderBySortOrderAsc(worksite.getThemeId(), organisationId);
		var fields = Snapshot.builder()
			.text("history.field.spearheadTheme", themes.findByIdAndOrganisationId(worksite.getThemeId(), organisationId)
				.map(SpearheadTheme::getName)
				.orElse(""))
			.text("history.field.name", worksite.getName())
			.text("history.field.description", worksite.getDescription())
			.text("history.field.responsible",
					ActionChoices.of(organisations, organisationId).nameOf(worksite.responsible()))
			.number("history.field.position", null, StrategyVersions.position(ordered.stream().map(Worksite::getId).toList(),
					worksite.getId()));
		versions.keep(organisationId, new Subject(WORKSITE, worksite.getId()), worksite.getName(), fields.build());
	}

}
