package fi.ohjaamo.strategy.programmes;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.strategy.SpearheadThemes;
import fi.ohjaamo.strategy.WorksiteProjects;
import fi.ohjaamo.strategy.WorksiteProjects.ProjectOnWorksite;
import fi.ohjaamo.strategy.Worksites;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A programme as one tree: its spearhead themes, their worksites and the projects on each worksite. */
@Component
@Transactional(readOnly = true)
class ProgrammeTree {

	record Theme(SpearheadTheme theme, List<Site> worksites) {
	}

	record Site(Worksite worksite, String responsibleName, List<ProjectOnWorksite> projects) {
	}

	private final SpearheadThemes themes;

	private final Worksites worksites;

	private final ObjectProvider<WorksiteProjects> projects;

	/** The projects come from the portfolio when it runs; the strategy module alone shows empty worksites. */
	ProgrammeTree(SpearheadThemes themes, Worksites worksites, ObjectProvider<WorksiteProjects> projects) {
		this.themes = themes;
		this.worksites = worksites;
		this.projects = projects;
	}

	List<Theme> of(UUID organisationId, UUID programmeId) {
		var choices = worksites.choices(organisationId);
		var themeList = themes.of(organisationId, programmeId);
		Map<UUID, List<Worksite>> sites = themeList.stream()
			.collect(Collectors.toMap(SpearheadTheme::getId, t -> worksites.ofTheme(organisationId, t.getId())));
		List<UUID> siteIds = sites.values().stream().flatMap(List::stream).map(Worksite::getId).toList();
		var port = projects.getIfAvailable();
		Map<UUID, List<ProjectOnWorksite>> onSite = (port == null || siteIds.isEmpty() ? List.<ProjectOnWorksite>of()
				: port.on(organisationId, siteIds))
			.stream()
			.collect(Collectors.groupingBy(ProjectOnWorksite::worksiteId));
		return themeList.stream()
			.map(t -> new Theme(t, sites.getOrDefault(t.getId(), List.of())
				.stream()
				.map(w -> new Site(w, choices.nameOf(w.responsible()), onSite.getOrDefault(w.getId(), List.of())))
				.toList()))
			.toList();
	}

}
