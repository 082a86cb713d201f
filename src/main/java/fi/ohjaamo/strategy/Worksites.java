package fi.ohjaamo.strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.shared.ChangedMeanwhileException;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.strategy.programmes.Programme;
import fi.ohjaamo.strategy.programmes.SpearheadTheme;
import fi.ohjaamo.strategy.programmes.SpearheadThemeRepository;
import fi.ohjaamo.strategy.programmes.Worksite;
import fi.ohjaamo.strategy.programmes.WorksiteAdded;
import fi.ohjaamo.strategy.programmes.WorksiteForm;
import fi.ohjaamo.strategy.programmes.WorksiteMoved;
import fi.ohjaamo.strategy.programmes.WorksiteRepository;
import fi.ohjaamo.strategy.programmes.WorksiteRevised;
import fi.ohjaamo.strategy.support.ActionChoices;
import fi.ohjaamo.strategy.support.ProgrammeVersions;
import fi.ohjaamo.strategy.support.StrategyPermissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** The worksites (työmaat) under spearhead themes; every write to a worksite goes through here. */
@Service
@Transactional(readOnly = true)
public class Worksites {

	private final WorksiteRepository worksites;

	private final SpearheadThemeRepository themes;

	private final SpearheadThemes spearheadThemes;

	private final Programmes programmes;

	private final Organisations organisations;

	private final ProgrammeVersions versions;

	private final ApplicationEventPublisher events;

	Worksites(WorksiteRepository worksites, SpearheadThemeRepository themes, SpearheadThemes spearheadThemes,
			Programmes programmes, Organisations organisations, ProgrammeVersions versions,
			ApplicationEventPublisher events) {
		this.versions = versions;
		this.worksites = worksites;
		this.themes = themes;
		this.spearheadThemes = spearheadThemes;
		this.programmes = programmes;
		this.organisations = organisations;
		this.events = events;
	}

	/**
	 * Every worksite of the organisation with its theme and programme, programme by programme (newest first),
	 * then in the themes' and worksites' own order: what a project card can be placed on.
	 */
	public List<WorksiteView> of(UUID organisationId) {
		List<Programme> programmeList = programmes.of(organisationId);
		Map<UUID, Programme> programmeById = programmeList.stream()
			.collect(Collectors.toMap(Programme::getId, Function.identity()));
		List<UUID> programmeOrder = programmeList.stream().map(Programme::getId).toList();
		Map<UUID, SpearheadTheme> themeById = themes.findByOrganisationIdOrderBySortOrderAsc(organisationId)
			.stream()
			.collect(Collectors.toMap(SpearheadTheme::getId, Function.identity()));
		return worksites.findByOrganisationIdOrderBySortOrderAsc(organisationId)
			.stream()
			.filter(w -> themeById.containsKey(w.getThemeId()))
			.sorted(Comparator
				.comparingInt((Worksite w) -> programmeOrder.indexOf(themeOf(w, themeById).getProgrammeId()))
				.thenComparingInt(w -> themeOf(w, themeById).getSortOrder())
				.thenComparingInt(Worksite::getSortOrder))
			.map(w -> {
				var theme = themeOf(w, themeById);
				var programme = Objects.requireNonNull(programmeById.get(theme.getProgrammeId()),
						"a theme belongs to one of the organisation's programmes");
				return new WorksiteView(w.getId(), w.getName(), theme.getId(), theme.getName(), programme.getId(),
						programme.getName());
			})
			.toList();
	}

	public List<Worksite> ofTheme(UUID organisationId, UUID themeId) {
		return worksites.findByThemeIdAndOrganisationIdOrderBySortOrderAsc(themeId, organisationId);
	}

	public Worksite get(UUID organisationId, UUID worksiteId) {
		return worksites.findByIdAndOrganisationId(worksiteId, organisationId).orElseThrow(NotFoundException::new);
	}

	public ActionChoices choices(UUID organisationId) {
		return ActionChoices.of(organisations, organisationId);
	}

	/** Checks what Bean Validation cannot: the responsible party is the organisation's, a role is described. */
	public void check(UUID organisationId, WorksiteForm form, Errors errors) {
		var responsible = form.responsibleParty();
		if (responsible == null || !choices(organisationId).offers(responsible)) {
			errors.rejectValue("responsible", "strategy.worksite.responsible.unknown");
		}
		else if ("role".equals(form.responsible()) && responsible.role().isEmpty() && !errors.hasFieldErrors("role")) {
			errors.rejectValue("role", "strategy.worksite.role.required");
		}
	}

	/** Adds a worksite under the theme; the responsible party must be the organisation's. */
	@Transactional
	public Worksite add(CurrentUser user, UUID themeId, String name, String description,
			ActionResponsible responsible) {
		StrategyPermissions.requireKeeper(user);
		return add(user.organisationId(), themeId, name, description, responsible);
	}

	/** The same for starting data that no person asked for, such as the demo organisation's: it asks no one. */
	@Transactional
	public Worksite add(UUID organisationId, UUID themeId, String name, String description,
			ActionResponsible responsible) {
		spearheadThemes.get(organisationId, themeId);
		requireOffered(organisationId, responsible);
		int next = ofTheme(organisationId, themeId).size() + 1;
		var worksite = new Worksite(organisationId, themeId, next);
		worksite.describe(name, description, responsible);
		worksites.save(worksite);
		versions.kept(organisationId, worksite);
		events.publishEvent(new WorksiteAdded(organisationId, worksite.getId(), name));
		return worksite;
	}

	/** The same returning only the id, so that the seeding module needs no strategy entity. */
	@Transactional
	public UUID seed(UUID organisationId, UUID themeId, String name, String description,
			ActionResponsible responsible) {
		return add(organisationId, themeId, name, description, responsible).getId();
	}

	/**
	 * Saves a worksite the person saw at the given version.
	 * @throws ChangedMeanwhileException when someone saved it meanwhile; nothing is written then
	 */
	@Transactional
	public void revise(CurrentUser user, UUID worksiteId, String name, String description,
			ActionResponsible responsible, long seenVersion) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var worksite = get(organisationId, worksiteId);
		if (worksite.getVersion() != seenVersion) {
			throw new ChangedMeanwhileException("the worksite");
		}
		requireOffered(organisationId, responsible);
		worksite.describe(name, description, responsible);
		worksites.saveAndFlush(worksite);
		versions.kept(organisationId, worksite);
		events.publishEvent(new WorksiteRevised(organisationId, worksiteId, name));
	}

	/** Moves a worksite one place up (-1) or down (+1) under its theme; the first and the last stay put. */
	@Transactional
	public void move(CurrentUser user, UUID worksiteId, int step) {
		StrategyPermissions.requireKeeper(user);
		UUID organisationId = user.organisationId();
		var worksite = get(organisationId, worksiteId);
		var ordered = new ArrayList<>(ofTheme(organisationId, worksite.getThemeId()));
		var neighbour = Ordering.move(ordered, worksite, Integer.signum(step));
		if (neighbour != null) {
			for (int i = 0; i < ordered.size(); i++) {
				ordered.get(i).placeAt(i + 1);
			}
			worksites.flush();
			versions.kept(organisationId, worksite);
			versions.kept(organisationId, neighbour);
			events.publishEvent(new WorksiteMoved(organisationId, worksiteId, worksite.getName()));
		}
	}

	private void requireOffered(UUID organisationId, ActionResponsible responsible) {
		if (!choices(organisationId).offers(responsible)) {
			throw new IllegalArgumentException("the responsible party is not the organisation's");
		}
	}

	private static SpearheadTheme themeOf(Worksite worksite, Map<UUID, SpearheadTheme> themeById) {
		return Objects.requireNonNull(themeById.get(worksite.getThemeId()), "listed only when its theme is known");
	}

}
