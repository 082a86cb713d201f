package fi.ohjaamo.capacity;

import java.math.BigDecimal;
import java.util.List;

import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.EffortUnit;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.portfolio.ResourceParty;
import fi.ohjaamo.portfolio.Status;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Projects with a status, a schedule and resource lines, and the capacity grid as the page posts it. */
record CapacityFixtures(TestData data, Projects projects) {

	Project project(TestData.Org org, String title, Status status, String start, String end, ResourceLine... lines) {
		var c = data.card(org, title);
		var card = c.toBuilder()
			.status(status)
			.scheduleStart(start)
			.scheduleEnd(end)
			.resources(List.of(lines))
			.build();
		return projects.create(org.itManager().asUser(), card);
	}

	/** An IT line; without amounts it says why, as a card with an unknown effort does (else the card drops it). */
	static ResourceLine it(String min, String max) {
		return new ResourceLine(ResourceParty.IT, EffortUnit.PERSON_DAYS, amount(min), amount(max),
				min.isEmpty() && max.isEmpty() ? "Arvioidaan esiselvityksessä" : "");
	}

	static ResourceLine serviceArea(String min, String max) {
		return new ResourceLine(ResourceParty.SERVICE_AREA, EffortUnit.PERSON_DAYS, amount(min), amount(max), "");
	}

	private static BigDecimal amount(String value) {
		return value.isEmpty() ? null : new BigDecimal(value);
	}

	/** Cells as "party|year|quarter|days" posted with the version the grid was read at. */
	static MockHttpServletRequestBuilder grid(MockHttpServletRequestBuilder request, long version, String... cells) {
		request.param("version", Long.toString(version));
		for (int i = 0; i < cells.length; i++) {
			var parts = cells[i].split("\\|", -1);
			request.param("cells[" + i + "].party", parts[0])
				.param("cells[" + i + "].year", parts[1])
				.param("cells[" + i + "].quarter", parts[2])
				.param("cells[" + i + "].days", parts[3]);
		}
		return request;
	}

}
