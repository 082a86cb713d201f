package fi.ohjaamo.scenario;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.ohjaamo.TestData;
import fi.ohjaamo.capacity.Capacities;
import fi.ohjaamo.capacity.Party;
import fi.ohjaamo.capacity.Quarter;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.EffortUnit;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.portfolio.ResourceParty;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.portfolio.Vat;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** Projects with IT work and costs, IT and service-area capacity, and pages as people read them, for the scenario tests. */
record ScenarioFixtures(TestData data, Projects projects, Capacities capacities, MockMvc mvc) {

	/** The page the person gets, its entities unescaped and its no-break spaces plain, as the assertions write text. */
	String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(person.signedIn()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).replace('\u00a0', ' ').replace('\u202f', ' ');
	}

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

	/** IT capacity for every quarter of the years, set as the capacity grid sets it. */
	void itCapacity(TestData.Org org, int fromYear, int toYear, int personDays) {
		var days = new LinkedHashMap<Quarter, BigDecimal>();
		Quarter.ofYears(fromYear, toYear).forEach(quarter -> days.put(quarter, BigDecimal.valueOf(personDays)));
		capacities.set(org.itManager().asUser(), Map.of(Party.IT, days));
	}

	/**
	 * A project of the organisation's service area whose work falls on the service area itself (its staff), as the
	 * card's service-area resource line puts it.
	 */
	Project serviceAreaProject(TestData.Org org, String title, String start, String end, int days) {
		var card = data.card(org, title)
			.withStatus(Status.PROPOSAL)
			.withSchedule(start, end, "")
			.withResources(List.of(new ResourceLine(ResourceParty.SERVICE_AREA, EffortUnit.PERSON_DAYS,
					BigDecimal.valueOf(days), null, "")));
		return projects.create(org.itManager().asUser(), card);
	}

	/** The organisation's service area's capacity for every quarter of the years, besides IT's. */
	void capacities(TestData.Org org, int fromYear, int toYear, int itDays, int serviceAreaDays) {
		var it = new LinkedHashMap<Quarter, BigDecimal>();
		var area = new LinkedHashMap<Quarter, BigDecimal>();
		Quarter.ofYears(fromYear, toYear).forEach(quarter -> {
			it.put(quarter, BigDecimal.valueOf(itDays));
			area.put(quarter, BigDecimal.valueOf(serviceAreaDays));
		});
		capacities.set(org.itManager().asUser(), Map.of(Party.IT, it, Party.serviceArea(org.serviceAreaId()), area));
	}

}
