package fi.ohjaamo.demo;

import fi.ohjaamo.DemoTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.identity.LocalAccounts;
import fi.ohjaamo.organisation.Membership;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.EffortUnit;
import fi.ohjaamo.portfolio.ImpactState;
import fi.ohjaamo.portfolio.Likelihood;
import fi.ohjaamo.portfolio.Obligation;
import fi.ohjaamo.portfolio.Priority;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.ProjectKind;
import fi.ohjaamo.portfolio.ProjectCardRules;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.ResourceParty;
import fi.ohjaamo.portfolio.Revision;
import fi.ohjaamo.portfolio.ScheduleOwner;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.portfolio.Vat;
import fi.ohjaamo.portfolio.Visibility;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.strategy.CityGoals;
import fi.ohjaamo.strategy.strategies.FocusArea;
import fi.ohjaamo.strategy.FocusAreas;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.Strategies;
import fi.ohjaamo.strategy.StrategyStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

@DemoTest
class DemoDataIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	StrategicGoals goals;

	@Autowired
	Projects projects;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	ProjectCardRules rules;

	@Autowired
	DemoData demoData;

	@Autowired
	DemoStrategy demoStrategy;

	@Autowired
	Strategies strategies;

	@Autowired
	FocusAreas focusAreas;

	@Autowired
	CityGoals cityGoals;

	@Autowired
	DemoGate gate;

	@Test
	void theServerAnswersOnlyOnceTheDemoIsLoaded() {
		assertThat(gate.isOpen()).as("the gate opens when start-up is over, the demo loaded").isTrue();
		assertThat(jdbc.sql("select count(*) from project").query(Integer.class).single()).isPositive();
	}

	@Test
	void theMunicipalityHasAFullActionPlan() {
		UUID city = organisationId(DemoData.MUNICIPALITY);
		assertThat(jdbc.sql("select count(*) from project where organisation_id = :org")
			.param("org", city)
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(20);
		assertThat(goals.of(city)).hasSizeBetween(6, 10);
		assertThat(organisations.unitsOf(city).serviceAreas()).extracting("name")
			.contains("Hallintopalvelut", "Sivistyspalvelut", "Tekniset palvelut");
	}

	@Test
	void theMunicipalityHasAnApprovedCurrentStrategyWithEveryGoalUnderAFocusArea() {
		UUID city = organisationId(DemoData.MUNICIPALITY);
		var strategy = strategies.current(city).orElseThrow();
		assertThat(strategy.getStatus()).isEqualTo(StrategyStatus.APPROVED);
		assertThat(strategy.getLines()).hasSizeBetween(5, 8);
		assertThat(cityGoals.of(city)).hasSizeBetween(3, 4);
		var areas = focusAreas.of(city, strategy.getId()).stream().map(FocusArea::getId).toList();
		assertThat(areas).hasSizeBetween(3, 4);
		assertThat(goals.of(city)).allSatisfy(g -> {
			var goal = goals.get(city, g.id());
			assertThat(areas).contains(goal.getFocusAreaId());
			assertThat(goal.getSuccessFactors()).isNotBlank();
			assertThat(goal.getCityGoalIds()).isNotEmpty();
		});
		demoStrategy.run(new DefaultApplicationArguments());
		assertThat(strategies.of(city)).hasSize(1);
		assertThat(strategies.current(organisationId(DemoData.WELLBEING_AREA))).isEmpty();
	}

	@Test
	void theMunicipalityShowsEveryChoiceOfTheCard() {
		UUID city = organisationId(DemoData.MUNICIPALITY);
		assertThat(projectValues(city, "category")).isEqualTo(names(Category.class));
		assertThat(projectValues(city, "status")).isEqualTo(names(Status.class));
		assertThat(projectValues(city, "obligation")).isEqualTo(names(Obligation.class));
		assertThat(projectValues(city, "kind")).isEqualTo(names(ProjectKind.class));
		assertThat(projectValues(city, "visibility")).isEqualTo(names(Visibility.class));
		assertThat(projectValues(city, "likelihood")).isEqualTo(names(Likelihood.class));
		assertThat(projectValues(city, "priority")).isEqualTo(names(Priority.class));
		assertThat(projectValues(city, "schedule_owner")).isEqualTo(names(ScheduleOwner.class));
		var impactStates = new HashSet<String>();
		for (String part : List.of("organisation", "security", "data", "case")) {
			impactStates.addAll(projectValues(city, "impact_" + part + "_state"));
		}
		assertThat(impactStates).isEqualTo(names(ImpactState.class));
		assertThat(lineValues(city, "project_cost", "kind")).isEqualTo(names(CostKind.class));
		assertThat(lineValues(city, "project_cost", "vat")).isEqualTo(names(Vat.class));
		assertThat(lineValues(city, "project_resource", "party")).isEqualTo(names(ResourceParty.class));
		assertThat(lineValues(city, "project_resource", "effort_unit")).isEqualTo(names(EffortUnit.class));
	}

	@Test
	void theMunicipalityShowsEveryShapeOfAnEstimate() {
		UUID city = organisationId(DemoData.MUNICIPALITY);
		assertThat(countCosts(city, "c.amount_unknown")).isPositive();
		assertThat(countCosts(city, "c.amount_max > c.amount_min")).isPositive();
		assertThat(countCosts(city, "c.kind = 'RECURRING' and c.to_year is null")).isPositive();
		assertThat(countCosts(city, "c.kind = 'RECURRING' and c.to_year is not null")).isPositive();
		assertThat(countProjects(city, "no_strategic_goal")).isPositive();
		assertThat(countProjects(city, "schedule_end = ''")).isPositive();
		assertThat(countProjects(city, "schedule_note <> ''")).isPositive();
		assertThat(countProjects(city, "project_manager_id is not null")).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("select count(*) from project p where p.organisation_id = :org and "
				+ "(select count(*) from project_goal g where g.project_id = p.id) > 1")
			.param("org", city)
			.query(Integer.class)
			.single()).isPositive();
		assertThat(jdbc.sql("select count(*) from project_revision where organisation_id = :org and revision >= 3")
			.param("org", city)
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void everyKeptVersionPassesTheChecksOfTheEditForm() {
		var problems = new ArrayList<String>();
		for (UUID organisation : List.of(organisationId(DemoData.MUNICIPALITY),
				organisationId(DemoData.WELLBEING_AREA))) {
			for (UUID project : projectIds(organisation)) {
				List<Revision> history = new ArrayList<>(projects.history(organisation, project));
				history.sort((a, b) -> Integer.compare(a.number(), b.number()));
				Status previous = null;
				for (Revision revision : history) {
					problems.addAll(problemsOf(organisation, revision, previous));
					previous = revision.card().status();
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theWellbeingAreaKeepsItsOwnSmallerPortfolio() {
		UUID city = organisationId(DemoData.MUNICIPALITY);
		UUID area = organisationId(DemoData.WELLBEING_AREA);
		List<UUID> areaProjects = projectIds(area);
		assertThat(areaProjects).hasSizeBetween(4, 5);
		assertThat(organisations.unitsOf(area).serviceAreas()).hasSize(2);
		assertThat(goals.of(area)).hasSizeBetween(2, 3);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> projects.get(city, areaProjects.get(0)));
	}

	@Test
	void everyDemoLoginSignsInAndHoldsItsRoles() {
		UUID city = organisationId(DemoData.MUNICIPALITY);
		UUID area = organisationId(DemoData.WELLBEING_AREA);
		for (String username : List.of("admin", "tiina", "sanna", "pekka", "ville", "hilla")) {
			assertThat(accounts.authenticate(username, DemoData.PASSWORD)).as(username).isPresent();
		}
		assertThat(rolesOf("admin", city)).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.IT_MANAGEMENT);
		assertThat(rolesOf("tiina", city)).containsExactly(Role.IT_MANAGEMENT);
		assertThat(rolesOf("tiina", area)).containsExactly(Role.IT_MANAGEMENT);
		assertThat(rolesOf("sanna", city)).containsExactly(Role.SERVICE_AREA_EDITOR);
		assertThat(rolesOf("pekka", city)).containsExactly(Role.PROJECT_MANAGER);
		assertThat(rolesOf("ville", city)).containsExactly(Role.VIEWER);
		assertThat(rolesOf("hilla", city)).isEmpty();
		assertThat(rolesOf("hilla", area)).containsExactly(Role.IT_MANAGEMENT);
		UUID sannasArea = organisations.membershipsOf(personId("sanna")).get(0).getServiceAreaId();
		assertThat(organisations.unitsOf(city).nameOf(sannasArea)).isEqualTo("Sivistyspalvelut");
	}

	@Test
	void aSecondStartLeavesTheDataAlone() throws Exception {
		long before = organisations.count();
		demoData.run(new DefaultApplicationArguments());
		assertThat(organisations.count()).isEqualTo(before).isEqualTo(2);
	}

	/** The rules the edit form and {@link Projects} apply, as the card stood in that version. */
	private List<String> problemsOf(UUID organisation, Revision revision, @Nullable Status previous) {
		ProjectCard card = revision.card();
		String where = card.number() + " " + card.title() + " (" + revision.number() + "): ";
		return rules.problems(organisation, card, previous).stream().map(problem -> where + problem).toList();
	}

	private UUID organisationId(String name) {
		return jdbc.sql("select id from organisation where name = :name")
			.param("name", name)
			.query(UUID.class)
			.single();
	}

	private List<UUID> projectIds(UUID organisation) {
		return jdbc.sql("select id from project where organisation_id = :org order by project_number")
			.param("org", organisation)
			.query(UUID.class)
			.list();
	}

	private UUID personId(String username) {
		return accounts.authenticate(username, DemoData.PASSWORD).orElseThrow().personId();
	}

	private Set<Role> rolesOf(String username, UUID organisation) {
		return organisations.membershipsOf(personId(username))
			.stream()
			.filter(m -> m.getOrganisationId().equals(organisation))
			.map(Membership::getRole)
			.collect(Collectors.toSet());
	}

	private Set<String> projectValues(UUID organisation, String column) {
		return Set.copyOf(jdbc.sql("select distinct " + column + " from project where organisation_id = :org")
			.param("org", organisation)
			.query(String.class)
			.list());
	}

	private Set<String> lineValues(UUID organisation, String table, String column) {
		return Set.copyOf(jdbc.sql("select distinct l." + column + " from " + table + " l join project p on "
				+ "p.id = l.project_id where p.organisation_id = :org")
			.param("org", organisation)
			.query(String.class)
			.list());
	}

	private int countCosts(UUID organisation, String condition) {
		return jdbc.sql("select count(*) from project_cost c join project p on p.id = c.project_id "
				+ "where p.organisation_id = :org and " + condition)
			.param("org", organisation)
			.query(Integer.class)
			.single();
	}

	private int countProjects(UUID organisation, String condition) {
		return jdbc.sql("select count(*) from project where organisation_id = :org and " + condition)
			.param("org", organisation)
			.query(Integer.class)
			.single();
	}

	private static Set<String> names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
	}

}
