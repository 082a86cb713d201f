package fi.ohjaamo.portfolio.web;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.PortfolioFilter;
import fi.ohjaamo.portfolio.RoadmapProject;
import fi.ohjaamo.portfolio.RoadmapQuery;
import fi.ohjaamo.portfolio.web.Roadmap.GroupKey;
import fi.ohjaamo.shared.web.QueryLinks;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The roadmap: the filtered portfolio on a timeline by quarter or month, grouped by category, service area or
 * strategic goal. The filters, the scale and the grouping are all in the URL, like the portfolio's.
 */
@Controller
class RoadmapController {

	static final List<String> GROUPINGS = List.of("category", "unit", "goal");

	private static final String NONE = "portfolio.roadmap.group.none";

	private final RoadmapQuery query;

	private final ProjectChoices choices;

	RoadmapController(RoadmapQuery query, ProjectChoices choices) {
		this.query = query;
		this.choices = choices;
	}

	@GetMapping("/projects/roadmap")
	String roadmap(CurrentUser user, @ModelAttribute("filter") PortfolioFilter filter,
			@RequestParam(name = "scale", required = false) @Nullable String scale,
			@RequestParam(name = "group", required = false) @Nullable String group, HttpServletRequest request,
			Model model) {
		choices.addTo(model, user.organisationId());
		String grouping = group != null && GROUPINGS.contains(group) ? group : "category";
		boolean monthly = "month".equals(scale);
		var projects = query.find(user.organisationId(), filter);
		model.addAttribute("roadmap", Roadmap.of(projects, monthly, filter.year(), groupsOf(grouping, user.organisationId())));
		model.addAttribute("grouping", grouping);
		model.addAttribute("groupings", GROUPINGS);
		model.addAttribute("monthly", monthly);
		model.addAttribute("links", QueryLinks.of(request));
		return "portfolio/roadmap";
	}

	private Function<RoadmapProject, List<GroupKey>> groupsOf(String grouping, UUID organisationId) {
		return switch (grouping) {
			case "unit" -> {
				var order = new HashMap<UUID, GroupKey>();
				var areas = choices.units(organisationId).serviceAreas();
				for (int i = 0; i < areas.size(); i++) {
					order.put(areas.get(i).id(), new GroupKey(i, null, areas.get(i).name()));
				}
				yield p -> List.of(p.serviceAreaId() != null && order.containsKey(p.serviceAreaId())
						? order.get(p.serviceAreaId()) : new GroupKey(Integer.MAX_VALUE, NONE, ""));
			}
			case "goal" -> {
				var order = new HashMap<UUID, GroupKey>();
				var goals = choices.goals(organisationId);
				for (int i = 0; i < goals.size(); i++) {
					order.put(goals.get(i).id(), new GroupKey(i, null, goals.get(i).name()));
				}
				// A project serving two goals is on the road to both, so it is drawn under each.
				yield p -> {
					var keys = p.goalIds().stream().filter(order::containsKey).map(order::get).distinct().toList();
					return keys.isEmpty() ? List.of(new GroupKey(Integer.MAX_VALUE, NONE, "")) : keys;
				};
			}
			default -> p -> List.of(new GroupKey(p.category().ordinal(), EnumLabels.key(p.category()), ""));
		};
	}

}
