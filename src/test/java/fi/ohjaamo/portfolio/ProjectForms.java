package fi.ohjaamo.portfolio;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The request parameters the card form sends for a card, so tests post exactly what a browser would. */
final class ProjectForms {

	private final MultiValueMap<String, String> params;

	private ProjectForms(MultiValueMap<String, String> params) {
		this.params = params;
	}

	static ProjectForms of(ProjectCard card) {
		var p = new LinkedMultiValueMap<String, String>();
		p.add("title", card.title());
		p.add("number", card.number());
		p.add("category", card.category().name());
		p.add("serviceAreaId", text(card.serviceAreaId()));
		p.add("unitId", text(card.unitId()));
		p.add("obligation", card.obligation().name());
		p.add("kind", card.kind().name());
		p.add("status", card.status().name());
		p.add("visibility", card.visibility().name());
		p.add("projectManagerId", text(card.projectManagerId()));
		p.add("description", card.description());
		p.add("impactSummary", card.impactSummary());
		List<String> parts = List.of("impactOrganisation", "impactSecurity", "impactData", "impactCaseManagement");
		for (int i = 0; i < parts.size(); i++) {
			p.add(parts.get(i) + ".state", card.impacts().get(i).state().name());
			p.add(parts.get(i) + ".text", card.impacts().get(i).text());
		}
		card.goalIds().forEach(id -> p.add("goalIds", id.toString()));
		p.add("noStrategicGoal", String.valueOf(card.noStrategicGoal()));
		p.add("scheduleStart", card.scheduleStart());
		p.add("scheduleEnd", card.scheduleEnd());
		p.add("scheduleNote", card.scheduleNote());
		p.add("likelihood", card.likelihood().name());
		p.add("likelihoodNote", card.likelihoodNote());
		p.add("priority", card.priority().name());
		p.add("scheduleOwner", card.scheduleOwner().name());
		for (int i = 0; i < card.costs().size(); i++) {
			var c = card.costs().get(i);
			String prefix = "costs[" + i + "].";
			p.add(prefix + "kind", c.kind().name());
			p.add(prefix + "fromYear", text(c.fromYear()));
			p.add(prefix + "toYear", text(c.toYear()));
			p.add(prefix + "amountMin", c.amountMin() == null ? "" : c.amountMin().toPlainString());
			p.add(prefix + "amountMax", c.amountMax() == null ? "" : c.amountMax().toPlainString());
			p.add(prefix + "amountUnknown", String.valueOf(c.amountUnknown()));
			p.add(prefix + "vat", c.vat().name());
			p.add(prefix + "note", c.note());
		}
		p.add("costNote", card.costNote());
		for (int i = 0; i < card.resources().size(); i++) {
			var r = card.resources().get(i);
			String prefix = "resources[" + i + "].";
			p.add(prefix + "party", r.party().name());
			p.add(prefix + "effortUnit", r.effortUnit().name());
			p.add(prefix + "amountMin", r.amountMin() == null ? "" : r.amountMin().toPlainString());
			p.add(prefix + "amountMax", r.amountMax() == null ? "" : r.amountMax().toPlainString());
			p.add(prefix + "note", r.note());
		}
		p.add("resourceNote", card.resourceNote());
		p.add("worksiteId", text(card.worksiteId()));
		return new ProjectForms(p);
	}

	/** The same form with one field set as a person would type it. */
	ProjectForms with(String field, String... values) {
		var copy = new LinkedMultiValueMap<>(params);
		copy.put(field, List.of(values));
		return new ProjectForms(copy);
	}

	ProjectForms without(String field) {
		var copy = new LinkedMultiValueMap<>(params);
		copy.remove(field);
		return new ProjectForms(copy);
	}

	MockHttpServletRequestBuilder post(UUID projectId, int baseRevision) {
		return MockMvcRequestBuilders.post("/projects/{id}", projectId)
			.with(csrf())
			.params(params)
			.param("baseRevision", String.valueOf(baseRevision));
	}

	MockHttpServletRequestBuilder create() {
		return MockMvcRequestBuilders.post("/projects").with(csrf()).params(params);
	}

	private static String text(Object value) {
		return Objects.toString(value, "");
	}

}
