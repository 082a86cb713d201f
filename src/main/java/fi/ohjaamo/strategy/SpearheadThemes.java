package fi.ohjaamo.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.strategy.programmes.SpearheadTheme;
import fi.ohjaamo.strategy.programmes.SpearheadThemeAdded;
import fi.ohjaamo.strategy.programmes.SpearheadThemeMoved;
import fi.ohjaamo.strategy.programmes.SpearheadThemeRepository;
import fi.ohjaamo.strategy.programmes.SpearheadThemeRevised;
import fi.ohjaamo.strategy.support.ProgrammeVersions;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The spearhead themes (kärkiteemat) of a programme, in order; every write to a theme goes through here. */
@Service
@Transactional(readOnly = true)
public class SpearheadThemes {

	private final SpearheadThemeRepository themes;

	private final Programmes programmes;

	private final ProgrammeVersions versions;

	private final ApplicationEventPublisher events;

	SpearheadThemes(SpearheadThemeRepository themes, Programmes programmes, ProgrammeVersions versions,
			ApplicationEventPublisher events) {
		this.versions = versions;
		this.themes = themes;
		this.programmes = programmes;
		this.events = events;
	}

	public List<SpearheadTheme> of(UUID organisationId, UUID programmeId) {
		return themes.findByProgrammeIdAndOrganisationIdOrderBySortOrderAsc(programmeId, organisationId);
	}

	public SpearheadTheme get(UUID organisationId, UUID themeId) {
		return themes.findByIdAndOrganisationId(themeId, organisationId).orElseThrow(NotFoundException::new);
	}

	@Transactional
	public SpearheadTheme add(CurrentUser user, UUID programmeId, String name, String description) {
		StrategyPermissions.requireKeeper(user);
		return add(user.organisationId(), programmeId, name, description);
	}

	/** The same for starting data that no person asked for, such as the demo organisation's: it asks no one. */
	@Transactional
	public SpearheadTheme add(UUID organisationId, UUID programmeId, String name, String description) {
		programmes.get(organisationId, programmeId);
		int next = of(organisationId, programmeId).size() + 1;
		var theme = themes.save(new SpearheadTheme(organisationId, programmeId, name, description, next));
		versions.kept(organisationId, theme);
		events.publishEvent(new SpearheadThemeAdded(organisationId, theme.getId(), name));
		return theme;
	}

	/** The same returning only the id, so that the seeding module needs no strategy entity. */
	@Transactional
	public UUID seed(UUID organisationId, UUID programmeId, String name, String description) {
		return add(organisationId, programmeId, name, description).getId();
	}

	/**
	 * Renames or redescribes a theme the person saw at the given version.
	 * @throws ChangedMeanwhileException when someone saved it meanwhile; nothing is written then
	 */
	@Transactional
	public void revise(CurrentUser user, UUID themeId, String name, String description, long seenVersion) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var theme = get(organisationId, themeId);
		if (theme.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the spearhead theme");
		}
		theme.describe(name, description);
		themes.saveAndFlush(theme);
		versions.kept(organisationId, theme);
		events.publishEvent(new SpearheadThemeRevised(organisationId, themeId, name));
	}

	/** Moves a theme one place up (-1) or down (+1) in its programme; the first and the last stay where they are. */
	@Transactional
	public void move(CurrentUser user, UUID themeId, int step) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var theme = get(organisationId, themeId);
		var ordered = new ArrayList<>(of(organisationId, theme.getProgrammeId()));
		var neighbour = Ordering.move(ordered, theme, Integer.signum(step));
		if (neighbour != null) {
			for (int i = 0; i < ordered.size(); i++) {
				ordered.get(i).placeAt(i + 1);
			}
			themes.flush();
			versions.kept(organisationId, theme);
			versions.kept(organisationId, neighbour);
			events.publishEvent(new SpearheadThemeMoved(organisationId, themeId, theme.getName()));
		}
	}

}
