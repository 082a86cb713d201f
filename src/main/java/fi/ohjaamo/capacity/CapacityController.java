package fi.ohjaamo.capacity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The capacity view: per quarter of the chosen years, IT's and each service area's capacity against the plan's
 * demand, overloaded quarters marked in words, the projects that cause each quarter's demand, a chart with the same
 * numbers as the table, and the latest changes of the capacity.
 */
@Controller
class CapacityController {

	static final int MAX_YEARS = 10;

	/** The largest shares a quarter lists; the rest are counted, so a big portfolio keeps the page light. */
	static final int PROJECTS_SHOWN = 10;

	private final Capacities capacities;

	private final CapacityGrid grid;

	private final Organisations organisations;

	private final Clock clock;

	private final JsonMapper json;

	CapacityController(Capacities capacities, CapacityGrid grid, Organisations organisations, Clock clock,
			JsonMapper json) {
		this.capacities = capacities;
		this.json = json;
		this.grid = grid;
		this.organisations = organisations;
		this.clock = clock;
	}

	@GetMapping("/projects/capacity")
	String capacity(CurrentUser user, @RequestParam(name = "from", required = false) @Nullable Integer from,
			@RequestParam(name = "to", required = false) @Nullable Integer to,
			@RequestParam(name = "scope", required = false) @Nullable PlanScope scope, Model model) {
		int thisYear = LocalDate.now(clock).getYear();
		var years = YearRange.of(from, to, thisYear, MAX_YEARS);
		var chosen = scope == null ? PlanScope.OPEN : scope;
		UUID organisationId = user.organisationId();
		var outlook = capacities.outlook(organisationId, capacities.currentPlan(organisationId, chosen), years.from(),
				years.to());
		Map<UUID, String> names = organisations.unitsOf(organisationId).names();
		var parties = outlook.parties()
			.stream()
			.sorted(Comparator.comparing((PartyOutlook p) -> !p.party().isIt())
				.thenComparing(p -> names.getOrDefault(p.party().serviceAreaId(), "")))
			.toList();
		model.addAttribute("outlook", outlook);
		model.addAttribute("parties", parties);
		model.addAttribute("charts", parties.stream().map(p -> CapacityChart.of(p, json)).toList());
		model.addAttribute("names", names);
		model.addAttribute("years", years);
		model.addAttribute("yearChoices", YearRange.choices(thisYear));
		model.addAttribute("scope", chosen);
		model.addAttribute("scopes", PlanScope.values());
		model.addAttribute("shown", PROJECTS_SHOWN);
		model.addAttribute("history", grid.history(organisationId));
		model.addAttribute("mayManage", CapacityPermissions.mayKeep(user));
		return "capacity/capacity";
	}

}
