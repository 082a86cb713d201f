package fi.ohjaamo.portfolio;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Other modules list the portfolio's projects through {@link ProjectSummaries}; it shows only the asker's own. */
@IntegrationTest
class ProjectSummariesIntegrationTests {

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	ProjectSummaries summaries;

	@Test
	void listsTheOrganisationsOwnProjectsByNumberAndTitle() {
		var org = data.organisation();
		var beta = data.project(org, "Beta-hanke");
		var alfa = projects.create(org.itManager().asUser(), data.card(org, "alfa-hanke").withStatus(Status.IDEA));
		var neighbours = data.project(data.organisation(), "Naapurin hanke");

		assertThat(summaries.of(org.id())).as("the same number, so by title whatever its case")
			.containsExactly(summary(alfa), summary(beta));
		assertThat(summaries.in(org.id(), Set.of(Status.IDEA))).containsExactly(summary(alfa));
		assertThat(summaries.in(org.id(), EnumSet.allOf(Status.class), Set.of(org.serviceAreaId()))).hasSize(2);
		assertThat(summaries.in(org.id(), EnumSet.allOf(Status.class), Set.of(org.otherServiceAreaId()))).isEmpty();
		assertThat(summaries.byId(org.id(), List.of(beta.getId(), neighbours.getId())))
			.as("another organisation's project is as unknown as one never created")
			.containsOnlyKeys(beta.getId());
	}

	private static ProjectSummary summary(Project project) {
		var card = project.card();
		return new ProjectSummary(project.getId(), card.number(), card.title(), card.status(), card.obligation(),
				card.serviceAreaId());
	}

}
