package fi.ohjaamo.portfolio;

import java.util.List;
import java.util.UUID;

/**
 * What another module has to say on a project's card, as a titled list of links (the register's systems the
 * project changes, for one). Modules that depend on the portfolio implement it; the portfolio names none of them.
 */
public interface ProjectCardSections {

	/** The sections for the project's card; empty when the module has nothing to say about it. */
	List<CardSection> sectionsOf(UUID organisationId, UUID projectId);

	/** A heading (a message code) with its links; {@code emptyCode} is said when there are no links. */
	record CardSection(String titleCode, String emptyCode, List<CardLink> links) {
	}

	/** A link to another module's page, with a note worded by a message code. */
	record CardLink(String path, String text, String noteCode) {
	}

}
