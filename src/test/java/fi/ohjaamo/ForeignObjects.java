package fi.ohjaamo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import fi.ohjaamo.actionplan.ActionPlans;
import fi.ohjaamo.actionplan.Chapter;
import fi.ohjaamo.actionplan.PlanHeading;
import fi.ohjaamo.decisions.Analysis;
import fi.ohjaamo.decisions.Approvals;
import fi.ohjaamo.decisions.DecisionRules;
import fi.ohjaamo.decisions.ProjectFiles;
import fi.ohjaamo.decisions.RuleCondition;
import fi.ohjaamo.decisions.RuleDefinition;
import fi.ohjaamo.keyfigures.FigureValues;
import fi.ohjaamo.keyfigures.KeyFigures;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.prioritisation.Criteria;
import fi.ohjaamo.prioritisation.CriterionDefinition;
import fi.ohjaamo.prioritisation.Scores;
import fi.ohjaamo.steering.BodyDefinition;
import fi.ohjaamo.steering.BodyKind;
import fi.ohjaamo.steering.SteeringBodies;
import fi.ohjaamo.prioritisation.fundingcall.CallCriterion;
import fi.ohjaamo.prioritisation.fundingcall.FundingCallDefinition;
import fi.ohjaamo.prioritisation.fundingcall.FundingCallStatus;
import fi.ohjaamo.prioritisation.fundingcall.FundingCalls;
import fi.ohjaamo.prioritisation.fundingcall.FundingPeriod;
import fi.ohjaamo.prioritisation.fundingcall.FundingScores;
import fi.ohjaamo.publication.PublicationSites;
import fi.ohjaamo.registers.ContractDefinition;
import fi.ohjaamo.registers.Contracts;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.ProjectLinks;
import fi.ohjaamo.registers.Relation;
import fi.ohjaamo.registers.SystemDefinition;
import fi.ohjaamo.registers.VendorDefinition;
import fi.ohjaamo.registers.Vendors;
import fi.ohjaamo.scenario.Scenarios;
import fi.ohjaamo.strategy.ActionResponsible;
import fi.ohjaamo.strategy.ActionStatus;
import fi.ohjaamo.strategy.Actions;
import fi.ohjaamo.strategy.CityGoals;
import fi.ohjaamo.strategy.FocusAreas;
import fi.ohjaamo.strategy.IndicatorDefinition;
import fi.ohjaamo.strategy.IndicatorDirection;
import fi.ohjaamo.strategy.IndicatorMeasurement;
import fi.ohjaamo.strategy.IndicatorTarget;
import fi.ohjaamo.strategy.ProgrammeStatus;
import fi.ohjaamo.strategy.Programmes;
import fi.ohjaamo.strategy.SpearheadThemes;
import fi.ohjaamo.strategy.Worksites;
import fi.ohjaamo.strategy.Indicators;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.Strategies;
import fi.ohjaamo.strategy.SwotAnalyses;
import fi.ohjaamo.strategy.SwotQuadrant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;

/**
 * One object of every kind a route can name, made in an organisation through the modules' own APIs, each
 * carrying {@link #SECRET} in its text so that a leak shows. Routes name their objects by the path segment
 * before the id ("/strategy/goals/{id}" names a goal); a new kind of object gets a segment here.
 */
@TestComponent
public class ForeignObjects {

	public static final String SECRET = "Salaisuus-7c1e";

	private static final String HISTORY = "/history/{type}/{id}";

	/** Query strings a route needs besides its path, so that it reaches the lookup of its object. */
	static final Map<String, String> QUERIES = Map.of("/projects/{id}/diff", "?from=1&to=2", HISTORY + "/diff",
			"?from=1&to=2", "/plans/{id}/chapter", "?n=0");

	private static final Pattern SEGMENT_AND_VARIABLE = Pattern.compile("([\\w-]+)/\\{(\\w+)}");

	private final Strategies strategies;

	private final FocusAreas focusAreas;

	private final StrategicGoals goals;

	private final CityGoals cityGoals;

	private final Actions actions;

	private final Indicators indicators;

	private final SwotAnalyses swot;

	private final Projects projects;

	private final Criteria criteria;

	private final Scores scores;

	private final Programmes programmes;

	private final SpearheadThemes themes;

	private final Worksites worksites;

	private final FundingCalls fundingCalls;

	private final FundingScores fundingScores;

	private final TestData data;

	private final SteeringBodies bodies;

	private final DecisionRules rules;

	private final ProjectFiles files;

	private final Approvals approvals;

	private final Scenarios scenarios;

	private final PublicationSites publicationSites;

	private final InformationSystems systems;

	private final Vendors vendors;

	private final Contracts contracts;

	private final ProjectLinks projectLinks;

	private final ActionPlans plans;

	private final KeyFigures keyFigures;

	ForeignObjects(Strategies strategies, FocusAreas focusAreas, StrategicGoals goals, CityGoals cityGoals,
			Actions actions, Indicators indicators, SwotAnalyses swot, Projects projects, Criteria criteria,
			Scores scores, Programmes programmes, SpearheadThemes themes, Worksites worksites, FundingCalls fundingCalls,
			FundingScores fundingScores, TestData data, SteeringBodies bodies, DecisionRules rules, ProjectFiles files,
			Approvals approvals, Scenarios scenarios, PublicationSites publicationSites, InformationSystems systems,
			Vendors vendors, Contracts contracts, ProjectLinks projectLinks, ActionPlans plans, KeyFigures keyFigures) {
		this.keyFigures = keyFigures;
		this.systems = systems;
		this.vendors = vendors;
		this.contracts = contracts;
		this.projectLinks = projectLinks;
		this.plans = plans;
		this.publicationSites = publicationSites;
		this.scenarios = scenarios;
		this.bodies = bodies;
		this.rules = rules;
		this.files = files;
		this.approvals = approvals;
		this.fundingCalls = fundingCalls;
		this.fundingScores = fundingScores;
		this.programmes = programmes;
		this.themes = themes;
		this.worksites = worksites;
		this.strategies = strategies;
		this.focusAreas = focusAreas;
		this.goals = goals;
		this.cityGoals = cityGoals;
		this.actions = actions;
		this.indicators = indicators;
		this.swot = swot;
		this.projects = projects;
		this.criteria = criteria;
		this.scores = scores;
		this.data = data;
	}

	public Made createIn(TestData.Org org) {
		UUID organisationId = org.id();
		var strategy = strategies.create(organisationId, SECRET + " strategia", 2026, 2029, SECRET, SECRET, List.of());
		var focusArea = focusAreas.add(organisationId, strategy.getId(), SECRET + " painopiste", SECRET);
		var cityGoal = cityGoals.add(organisationId, SECRET + " kaupunkistrategian tavoite");
		UUID action = actions.add(organisationId, org.goalId(), SECRET + " toimenpide", ActionResponsible.role(SECRET),
				"2027", ActionStatus.values()[0], SECRET);
		var indicator = indicators.add(organisationId, new IndicatorDefinition(org.goalId(), SECRET + " mittari", "%",
				IndicatorDirection.HIGHER_IS_BETTER, BigDecimal.ONE, 2025, List.of(IndicatorTarget.reaching(IndicatorDirection.HIGHER_IS_BETTER, 2027, BigDecimal.TEN))));
		indicators.measure(organisationId, indicator.getId(),
				new IndicatorMeasurement(LocalDate.of(2026, 1, 31), new BigDecimal("3"), SECRET));
		var analysis = swot.add(organisationId, strategy.getId(), SECRET + " SWOT", LocalDate.of(2026, 2, 1));
		var item = swot.addItem(organisationId, analysis.getId(), SwotQuadrant.THREAT, SECRET, SECRET);
		var project = data.project(org, SECRET + " hanke");
		var criterion = criteria.add(organisationId, new CriterionDefinition(SECRET + " kriteeri", SECRET, 100, 0,
				List.of(SECRET + " ei", SECRET + " vähän", SECRET + " paljon"), true));
		scores.score(org.itManager().asUser(), project.getId(), Map.of(criterion.getId(), 2), SECRET);
		var programme = programmes.create(organisationId, SECRET + " ohjelma", 2026, 2028, SECRET, strategy.getId(),
				ProgrammeStatus.values()[0]);
		var theme = themes.add(organisationId, programme.getId(), SECRET + " kärkiteema", SECRET);
		var worksite = worksites.add(organisationId, theme.getId(), SECRET + " työmaa", SECRET,
				ActionResponsible.role(SECRET));
		var body = bodies.add(organisationId, new BodyDefinition(SECRET + " ohjausryhmä", BodyKind.IT_STEERING_GROUP,
				List.of(org.itManager().id()), org.itManager().id(), null, true));
		var rule = rules.add(organisationId, new RuleDefinition(SECRET + " sääntö", RuleCondition.ALWAYS, null, null,
				null, body.getId(), java.util.Set.of(Analysis.RISK_ASSESSMENT)), null);
		files.state(org.itManager().asUser(), project.getId(), true, true, false, null);
		files.recordTco(org.itManager().asUser(), project.getId(), 5, BigDecimal.TEN, BigDecimal.ONE, SECRET, "",
				LocalDate.of(2026, 1, 2));
		var call = fundingCalls.create(org.itManager().asUser(), new FundingCallDefinition(SECRET + " hakukierros", SECRET,
				BigDecimal.TEN, new FundingPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
				List.of(new CallCriterion(criterion.getId(), 100))));
		fundingCalls.move(org.itManager().asUser(), call.getId(), FundingCallStatus.OPEN);
		var application = fundingCalls.apply(org.itManager().asUser(), call.getId(), project.getId(), BigDecimal.ONE,
				SECRET);
		fundingScores.score(org.itManager().asUser(), call.getId(), application.getId(), Map.of(criterion.getId(), 1),
				SECRET);
		var scenario = scenarios.create(org.itManager().asUser(), SECRET + " skenaario", SECRET);
		var vendor = vendors.add(organisationId, new VendorDefinition(SECRET + " Oy", "1234567-8", SECRET));
		var system = systems.add(organisationId, new SystemDefinition(SECRET + " järjestelmä", SECRET, null, null,
				SECRET, vendor.getId(), 10, fi.ohjaamo.registers.Criticality.HIGH, fi.ohjaamo.registers.Hosting.SAAS,
				fi.ohjaamo.registers.Answer.YES, true, SECRET, fi.ohjaamo.registers.Answer.YES,
				fi.ohjaamo.registers.Phase.IN_USE, LocalDate.of(2020, 1, 1),
				LocalDate.of(2027, 1, 1), SECRET, null));
		projectLinks.link(organisationId, system.getId(), project.getId(), Relation.REPLACES);
		var contract = contracts.add(organisationId, new ContractDefinition(vendor.getId(), SECRET + " sopimus", SECRET,
				List.of(system.getId()), BigDecimal.TEN, LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31), 6, SECRET,
				SECRET, SECRET));
		// A draft: an approved plan would be published, and its public pages are meant for everyone.
		var plan = plans.create(organisationId, new PlanHeading(SECRET + " suunnitelma", SECRET, 2026, 2027));
		plans.addChapter(organisationId, plan.getId(), new Chapter(SECRET + " luku", SECRET), 0);
		plans.choose(organisationId, plan.getId(), project.getId(), 1);

		var figures = keyFigures.add(organisationId, new FigureValues(2024, 1234L, 56L, 78L, 90L, 912L, 3456L,
				new BigDecimal("81.5"), new BigDecimal("2345678"), new BigDecimal("123456789")));

		var ids = new LinkedHashMap<String, UUID>();
		ids.put("key-figures", figures.getId());
		ids.put("systems", system.getId());
		ids.put("vendors", vendor.getId());
		ids.put("contracts", contract.getId());
		ids.put("strategies", strategy.getId());
		ids.put("focus-areas", focusArea.getId());
		ids.put("goals", org.goalId());
		ids.put("city-goals", cityGoal.getId());
		ids.put("actions", action);
		ids.put("indicators", indicator.getId());
		ids.put("swot", analysis.getId());
		ids.put("items", item.getId());
		ids.put("projects", project.getId());
		ids.put("criteria", criterion.getId());
		ids.put("programmes", programme.getId());
		ids.put("themes", theme.getId());
		ids.put("worksites", worksite.getId());
		ids.put("bodies", body.getId());
		ids.put("rules", rule.getId());
		ids.put("funding-calls", call.getId());
		ids.put("applications", application.getId());
		ids.put("scenarios", scenario.getId());
		ids.put("plans", plan.getId());
		return new Made(organisationId, ids, publicationSites.slugOf(organisationId));
	}

	/** What was made, by the path segment that names it. */
	public final class Made {

		private final UUID organisationId;

		private final Map<String, UUID> bySegment;

		/** Their public address: public routes name the organisation by it instead of an id. */
		private final String slug;

		Made(UUID organisationId, Map<String, UUID> bySegment, String slug) {
			this.slug = slug;
			this.organisationId = organisationId;
			this.bySegment = Map.copyOf(bySegment);
		}

		/** The ids to put in the pattern's variables, or null when some variable names an object not made here. */
		public @Nullable Map<String, String> idsFor(String pattern) {
			if (pattern.startsWith(HISTORY)) {
				// The version pages name a kind of record and its id: their goal's versions stand for every kind.
				return Map.of("type", "strategic-goal", "id", bySegment.get("goals").toString());
			}
			var ids = new LinkedHashMap<String, String>();
			if (pattern.contains("{slug}")) {
				// Public routes: their real address, and their project, which is internal and so unpublished.
				ids.put("slug", slug);
				ids.put("id", bySegment.get("projects").toString());
				return ids;
			}
			var matcher = SEGMENT_AND_VARIABLE.matcher(pattern);
			while (matcher.find()) {
				UUID id = bySegment.get(matcher.group(1));
				if (id == null) {
					return null;
				}
				ids.put(matcher.group(2), id.toString());
			}
			// A variable that does not follow a segment of its own cannot be supplied either.
			return ids.size() == pattern.chars().filter(c -> c == '{').count() ? ids : null;
		}

		/** Everything a write to these objects would change, read through the modules' APIs. */
		public String fingerprint() {
			var indicator = indicators.get(organisationId, bySegment.get("indicators"));
			return String.join("|", List.of(
					"strategy " + strategies.get(organisationId, bySegment.get("strategies")).getVersion(),
					"focus area " + focusAreas.get(organisationId, bySegment.get("focus-areas")).getVersion(),
					"goal " + goals.get(organisationId, bySegment.get("goals")).getVersion(),
					"city goals " + cityGoals.of(organisationId).stream().map(g -> g.getName()).toList(),
					"action " + actions.get(organisationId, bySegment.get("actions")).getVersion(),
					"indicator " + indicator.getVersion() + " " + indicator.trend(),
					"swot " + swot.get(organisationId, bySegment.get("swot")).getVersion() + " "
							+ swot.quadrants(organisationId, bySegment.get("swot")),
					"project " + projects.get(organisationId, bySegment.get("projects")).getRevision(),
					"criterion " + criteria.get(organisationId, bySegment.get("criteria")).getVersion(),
					"scores " + scores.sheet(organisationId, bySegment.get("projects")).history().size(),
					"programme " + programmes.get(organisationId, bySegment.get("programmes")).getVersion(),
					"theme " + themes.get(organisationId, bySegment.get("themes")).getVersion(),
					"worksite " + worksites.get(organisationId, bySegment.get("worksites")).getVersion(),
					"body " + bodies.get(organisationId, bySegment.get("bodies")).getVersion(),
					"rule " + rules.get(organisationId, bySegment.get("rules")).getVersion(),
					"facts " + files.factsOf(organisationId, bySegment.get("projects")).getVersion(),
					"analyses " + files.analysesOf(organisationId, bySegment.get("projects")).size(),
					"decisions " + approvals.decisionsOf(organisationId, bySegment.get("bodies")).size(),
					"funding call " + fundingCalls.get(organisationId, bySegment.get("funding-calls")).getVersion(),
					"application " + fundingCalls.application(organisationId, bySegment.get("funding-calls"),
							bySegment.get("applications")).getVersion() + " " + fundingCalls.applications(organisationId,
									bySegment.get("funding-calls")).size(),
					"funding scores " + fundingScores.sheet(organisationId, bySegment.get("funding-calls"),
							bySegment.get("applications")).history().size(),
					"scenario " + scenarios.get(organisationId, bySegment.get("scenarios")).getVersion(),
					"system " + systems.get(organisationId, bySegment.get("systems")).getVersion() + " "
							+ projectLinks.ofSystem(organisationId, bySegment.get("systems")),
					"vendor " + vendors.get(organisationId, bySegment.get("vendors")).getVersion(),
					"contract " + contracts.get(organisationId, bySegment.get("contracts")).getVersion(),
					"plan " + plans.get(organisationId, bySegment.get("plans")).getVersion(),
					"key figures " + keyFigures.of(organisationId).stream().map(y -> y.getVersion() + " " + y.values())
						.toList()));
		}

	}

}
