package fi.ohjaamo.registers.views;

import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Verdict;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The register drawn: the integration map and the lifecycle chart, each with the same facts as tables. */
@Controller
class RegisterViewsController {

	private final IntegrationMaps maps;

	private final Lifecycles lifecycles;

	private final Organisations organisations;

	private final JsonMapper json;

	RegisterViewsController(IntegrationMaps maps, Lifecycles lifecycles, Organisations organisations, JsonMapper json) {
		this.maps = maps;
		this.lifecycles = lifecycles;
		this.organisations = organisations;
		this.json = json;
	}

	/** The whole map, or a service area's systems with their direct partners; an unknown area shows nothing. */
	@GetMapping("/registers/integrations")
	String map(CurrentUser user, @RequestParam(required = false) @Nullable UUID serviceArea, Model model) {
		var org = user.organisationId();
		var map = maps.of(org, serviceArea);
		model.addAttribute("map", map);
		model.addAttribute("mapJson", map.json(json));
		model.addAttribute("serviceArea", serviceArea);
		model.addAttribute("unitTree", organisations.unitsOf(org));
		model.addAttribute("criticalities", Criticality.values());
		return "registers/integrations";
	}

	@GetMapping("/registers/lifecycle")
	String lifecycle(CurrentUser user, Model model) {
		var chart = lifecycles.of(user.organisationId());
		model.addAttribute("chart", chart);
		model.addAttribute("chartJson", chart.json(json));
		model.addAttribute("quadrants", Quadrant.values());
		model.addAttribute("verdicts", Verdict.values());
		return "registers/lifecycle";
	}

}
