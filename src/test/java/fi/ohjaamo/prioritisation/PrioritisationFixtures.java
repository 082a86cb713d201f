package fi.ohjaamo.prioritisation;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.TestData;
import fi.ohjaamo.TestData.Org;
import fi.ohjaamo.portfolio.Obligation;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;

/** Criteria and projects for the prioritisation tests, made through the modules' own APIs. */
final class PrioritisationFixtures {

	private final TestData data;

	private final Projects projects;

	private final Criteria criteria;

	PrioritisationFixtures(TestData data, Projects projects, Criteria criteria) {
		this.data = data;
		this.projects = projects;
		this.criteria = criteria;
	}

	/** A criterion with a 0–3 scale. */
	Criterion criterion(Org org, String name, int weight) {
		return criteria.add(org.id(), new CriterionDefinition(name, "Kuvaus " + name, weight, 0,
				List.of("Ei lainkaan", "Vähän", "Selvästi", "Ratkaisevasti"), true));
	}

	/** A criterion with a 1–5 scale. */
	Criterion fivePointCriterion(Org org, String name, int weight) {
		return criteria.add(org.id(), new CriterionDefinition(name, "", weight, 1,
				List.of("Ei", "Vähäinen", "Kohtalainen", "Merkittävä", "Kriittinen"), true));
	}

	Project project(Org org, String title, Status status, Obligation obligation, String number) {
		var c = data.card(org, title);
		return projects.create(org.itManager().asUser(),
				c.toBuilder().title(title).number(number).obligation(obligation).status(status).build());
	}

	static UUID id(Project project) {
		return project.getId();
	}

}
