package fi.ohjaamo.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cards a spreadsheet export reads, a page at a time from the project's columns and line tables: each is the
 * card as saved, in the view's order across pages, with its costs per year.
 */
@IntegrationTest
class PortfolioCardsIntegrationTests {

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Autowired
	DataSource dataSource;

	@Autowired
	VatRate vat;

	@Autowired
	PortfolioWhere conditions;

	@Autowired
	PortfolioProperties properties;

	@Test
	void handsOverEveryCardAsSavedInTheViewsOrderAcrossPages() {
		var org = data.organisation();
		var user = org.itManager().asUser();
		var created = new ArrayList<Project>();
		for (String title : List.of("E-hanke", "A-hanke", "D-hanke", "B-hanke", "C-hanke")) {
			var card = data.card(org, title)
				.withResources(List.of(new ResourceLine(ResourceParty.SERVICE_AREA, EffortUnit.PERSON_YEARS,
						new BigDecimal("0.5"), null, "Pääkäyttäjä")));
			created.add(projects.create(user, card));
		}
		var cards = new PortfolioCards(dataSource, vat, properties, conditions, 2);
		var filter = new PortfolioFilter(null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, "title", "asc", null, null);
		var years = cards.costYears(org.id(), filter);
		var seen = new ArrayList<ListedCard>();
		cards.forEach(org.id(), filter, years, seen::add);

		assertThat(years).containsExactly(2025);
		assertThat(seen).extracting(listed -> listed.card().title())
			.containsExactly("A-hanke", "B-hanke", "C-hanke", "D-hanke", "E-hanke");
		for (var listed : seen) {
			var saved = projects.get(org.id(), listed.id());
			assertThat(listed.card()).as("the card read from its columns is the card as saved").isEqualTo(saved.card());
			assertThat(listed.revision()).isEqualTo(saved.getRevision());
			assertThat(listed.oneOff()).as("both ends of the estimate")
				.containsEntry(2025, new ListedCard.YearCost(new BigDecimal("10000.00"), new BigDecimal("20000.00"), true,
						false));
		}
	}

}
