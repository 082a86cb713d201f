package fi.ohjaamo.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.TestData.Org;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PortfolioQueryIntegrationTests {

	@Autowired
	PortfolioQuery query;

	@Autowired
	TestData data;

	@Autowired
	Projects projects;

	@Test
	void filtersByCardFieldsAndSearchesTitlesAndTexts() {
		var org = data.organisation();
		create(org, "Verkkolaitteiden uusiminen", Status.APPROVED, Priority.HIGH, "Q1/2025", "Q4/2025", List.of());
		create(org, "Varhaiskasvatuksen asiakasjärjestelmä", Status.IN_PROGRESS, Priority.MEDIUM, "2026", "", List.of());
		create(org, "Kirjastojärjestelmän vaihto", Status.IDEA, Priority.LOW, "8/2027", "12/2027", List.of());

		assertThat(titles(org, filter().status(Status.APPROVED, Status.IN_PROGRESS)))
			.containsExactlyInAnyOrder("Verkkolaitteiden uusiminen", "Varhaiskasvatuksen asiakasjärjestelmä");
		assertThat(titles(org, filter().q("JÄRJESTELMÄ"))).containsExactlyInAnyOrder(
				"Varhaiskasvatuksen asiakasjärjestelmä", "Kirjastojärjestelmän vaihto");
		assertThat(titles(org, filter().q("kuvaus kirjasto"))).containsExactly("Kirjastojärjestelmän vaihto");
		assertThat(titles(org, filter().q("100%_"))).isEmpty();
		assertThat(titles(org, filter().year(2026))).containsExactly("Varhaiskasvatuksen asiakasjärjestelmä");
		assertThat(titles(org, filter().year(2025))).containsExactly("Verkkolaitteiden uusiminen");
		assertThat(titles(org, filter().priority(Priority.LOW))).containsExactly("Kirjastojärjestelmän vaihto");
		assertThat(titles(org, filter().serviceArea(org.otherServiceAreaId()))).isEmpty();
		assertThat(titles(org, filter().unit(org.unitId()))).hasSize(3);
	}

	@Test
	void sortsByTheChosenColumnInBothDirections() {
		var org = data.organisation();
		create(org, "B-hanke", Status.DONE, Priority.LOW, "2024", "", List.of());
		create(org, "A-hanke", Status.IDEA, Priority.HIGH, "2026", "", List.of());
		create(org, "C-hanke", Status.APPROVED, Priority.MEDIUM, "2025", "", List.of());
		assertThat(titles(org, filter().sort("title", "asc"))).containsExactly("A-hanke", "B-hanke", "C-hanke");
		assertThat(titles(org, filter().sort("title", "desc"))).containsExactly("C-hanke", "B-hanke", "A-hanke");
		assertThat(titles(org, filter().sort("status", "asc"))).containsExactly("A-hanke", "C-hanke", "B-hanke");
		assertThat(titles(org, filter().sort("priority", "asc"))).containsExactly("A-hanke", "C-hanke", "B-hanke");
		assertThat(titles(org, filter().sort("start", "asc"))).containsExactly("B-hanke", "C-hanke", "A-hanke");
		assertThat(titles(org, filter().sort("'; drop table project; --", "asc"))).hasSize(3);
	}

	@Test
	void sortsPlanNumbersAsNumbers() {
		var org = data.organisation();
		for (String number : List.of("4.10", "4.2", "10.1", "4.1")) {
			var c = data.card(org, "Hanke " + number);
			projects.create(org.itManager().asUser(), c.toBuilder().number(number).build());
		}
		assertThat(titles(org, filter().sort("number", "asc"))).containsExactly("Hanke 4.1", "Hanke 4.2", "Hanke 4.10",
				"Hanke 10.1");
	}

	@Test
	void totalsCostsPerYearForEveryShownProjectWithoutVat() {
		var org = data.organisation();
		create(org, "Investointi", Status.APPROVED, Priority.HIGH, "2025", "", List.of(
				new CostLine(CostKind.ONE_OFF, 2025, null, new BigDecimal("10000"), new BigDecimal("20000"), false,
						Vat.EXCLUDED, ""),
				new CostLine(CostKind.ONE_OFF, 2026, null, new BigDecimal("12550"), null, false, Vat.INCLUDED, "")));
		create(org, "Pilvipalvelu", Status.APPROVED, Priority.HIGH, "2025", "", List.of(
				new CostLine(CostKind.RECURRING, 2025, null, new BigDecimal("35000"), null, false, Vat.EXCLUDED, ""),
				new CostLine(CostKind.RECURRING, 2026, 2026, null, null, true, Vat.EXCLUDED, "")));

		var totals = query.find(org.id(), filter().build()).totals();

		assertThat(totals.years()).extracting(PortfolioTotals.YearTotal::year).containsExactly(2025, 2026);
		var y2025 = totals.years().get(0);
		assertThat(y2025.oneOff().min()).isEqualByComparingTo("10000");
		assertThat(y2025.oneOff().max()).isEqualByComparingTo("20000");
		assertThat(y2025.recurring().min()).isEqualByComparingTo("35000");
		var y2026 = totals.years().get(1);
		assertThat(y2026.oneOff().min()).as("12 550 € incl. 25.5 % VAT").isEqualByComparingTo("10000");
		assertThat(y2026.recurring().min()).as("the open-ended recurring cost goes on").isEqualByComparingTo("35000");
		assertThat(y2026.recurring().someUnknown()).isTrue();
		assertThat(totals.projectsWithUnknownCosts()).isEqualTo(1);

		var onlyInvestment = query.find(org.id(), filter().q("investointi").build()).totals();
		assertThat(onlyInvestment.years().get(0).recurring().any()).isFalse();
	}

	@Test
	void pagesThroughLargeViewsKeepingTheTotalsOfTheWholeView() {
		var org = data.organisation();
		for (int i = 0; i < PortfolioFilter.PAGE_SIZE + 5; i++) {
			create(org, "Hanke %03d".formatted(i), Status.PROPOSAL, Priority.MEDIUM, "2025", "", List.of(
					new CostLine(CostKind.ONE_OFF, 2025, null, new BigDecimal("1000"), null, false, Vat.EXCLUDED, "")));
		}
		var first = query.find(org.id(), filter().sort("title", "asc").build());
		var second = query.find(org.id(), filter().sort("title", "asc").page(2).build());
		assertThat(first.total()).isEqualTo(55);
		assertThat(first.rows()).hasSize(50);
		assertThat(second.rows()).hasSize(5).first().extracting(PortfolioRow::title).isEqualTo("Hanke 050");
		assertThat(second.pages()).isEqualTo(2);
		assertThat(first.totals().years().getFirst().oneOff().min()).isEqualByComparingTo("55000");
	}

	private void create(Org org, String title, Status status, Priority priority, String start, String end,
			List<CostLine> costs) {
		var c = data.card(org, title);
		projects.create(org.itManager().asUser(), c.toBuilder()
			.title(title)
			.status(status)
			.description("Kuvaus: " + title.toLowerCase())
			.scheduleStart(start)
			.scheduleEnd(end)
			.priority(priority)
			.costs(costs)
			.build());
	}

	private List<String> titles(Org org, FilterBuilder filter) {
		return query.find(org.id(), filter.build()).rows().stream().map(PortfolioRow::title).toList();
	}

	private static FilterBuilder filter() {
		return new FilterBuilder();
	}

	/** Builds the filter as the URL would carry it. */
	static class FilterBuilder {

		String q;

		List<Status> status = new ArrayList<>();

		List<UUID> serviceArea = new ArrayList<>();

		UUID unit;

		List<Priority> priority = new ArrayList<>();

		Integer year;

		String sort;

		String dir;

		Integer page;

		FilterBuilder q(String text) {
			q = text;
			return this;
		}

		FilterBuilder status(Status... values) {
			status.addAll(List.of(values));
			return this;
		}

		FilterBuilder serviceArea(UUID id) {
			serviceArea.add(id);
			return this;
		}

		FilterBuilder unit(UUID id) {
			unit = id;
			return this;
		}

		FilterBuilder priority(Priority value) {
			priority.add(value);
			return this;
		}

		FilterBuilder year(int value) {
			year = value;
			return this;
		}

		FilterBuilder sort(String column, String direction) {
			sort = column;
			dir = direction;
			return this;
		}

		FilterBuilder page(int value) {
			page = value;
			return this;
		}

		PortfolioFilter build() {
			return new PortfolioFilter(q, null, status, serviceArea, unit, null, null, null, priority, null, null, null,
					null, null, year, sort, dir, page, null);
		}

	}

}
