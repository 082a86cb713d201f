package fi.ohjaamo.scenario;

import java.math.BigDecimal;
import java.util.List;

import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.EffortUnit;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.portfolio.ResourceParty;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.portfolio.Vat;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Projects with IT work and costs, and IT capacity, for the scenario tests. */
record ScenarioFixtures(TestData data, Projects projects, JdbcClient jdbc) {

	/** A project with {@code itDays} of IT work over its schedule and a one-off cost in its start year. */
	Project project(TestData.Org org, String title, Status status, String start, String end, int itDays,
			int oneOffEuros, int startYear) {
		var card = data.card(org, title)
			.withStatus(status)
			.withSchedule(start, end, "")
			.withResources(List.of(new ResourceLine(ResourceParty.IT, EffortUnit.PERSON_DAYS, BigDecimal.valueOf(itDays),
					null, "")))
			.withCosts(List.of(new CostLine(CostKind.ONE_OFF, startYear, null, BigDecimal.valueOf(oneOffEuros), null,
					false, Vat.EXCLUDED, ""), new CostLine(CostKind.RECURRING, startYear + 1, null,
					BigDecimal.valueOf(1000), null, false, Vat.EXCLUDED, "")));
		return projects.create(org.itManager().asUser(), card);
	}

	/**
	 * IT capacity for every quarter of the years. The capacity module offers no API for setting it yet, so the
	 * tests write its table the way its grid saves it.
	 */
	void itCapacity(TestData.Org org, int fromYear, int toYear, int personDays) {
		for (int year = fromYear; year <= toYear; year++) {
			for (int quarter = 1; quarter <= 4; quarter++) {
				jdbc.sql("insert into capacity (organisation_id, party_key, service_area_id, year_no, quarter_no, "
						+ "person_days) values (:org, 'IT', null, :y, :q, :d)")
					.param("org", org.id()).param("y", year).param("q", quarter).param("d", personDays)
					.update();
			}
		}
	}

}
