package fi.ohjaamo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.CleanDatabaseOnce;
import fi.ohjaamo.capacity.Capacities;
import fi.ohjaamo.capacity.QuarterLoad;
import fi.ohjaamo.identity.LocalAccounts;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.ProjectCardRules;
import fi.ohjaamo.portfolio.ProjectSummaries;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Revision;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.strategy.StrategicGoals;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@Tag("database")
@SpringBootTest(properties = { "ohjaamo.dataset.projects=30", "ohjaamo.dataset.revisions=3" })
@ActiveProfiles("test")
@Import(CleanDatabaseOnce.class)
class DatasetGeneratorIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	StrategicGoals goals;

	@Autowired
	Projects projects;

	@Autowired
	ProjectSummaries summaries;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	ProjectCardRules rules;

	@Autowired
	DatasetGenerator generator;

	@Autowired
	DatasetProperties properties;

	@Autowired
	Capacities capacities;

	/** The production jar is built from the main classes; the generator must not be among them. */
	@Test
	void theGeneratorIsNotPartOfTheProductionClasses() throws Exception {
		var generator = DatasetGenerator.class.getProtectionDomain().getCodeSource().getLocation();
		var application = fi.ohjaamo.OhjaamoApplication.class.getProtectionDomain().getCodeSource().getLocation();
		assertThat(generator).isNotEqualTo(application);
		assertThat(java.nio.file.Path.of(application.toURI()).resolve("fi/ohjaamo/demo/DatasetGenerator.class"))
			.doesNotExist();
	}

	@Test
	void theOrganisationHasEveryProjectWithEveryVersion() {
		UUID city = organisationId();
		assertThat(projectIds(city)).hasSize(30);
		assertThat(jdbc.sql("select count(*) from project_revision where organisation_id = :org")
			.param("org", city)
			.query(Integer.class)
			.single()).isEqualTo(90);
		assertThat(jdbc.sql("select count(*) from project where organisation_id = :org and revision <> 3")
			.param("org", city)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theCityHasTwoScenariosWithChangesToCompare() {
		UUID city = organisationId();
		assertThat(jdbc.sql("select count(*) from scenario where organisation_id = :org").param("org", city)
			.query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from scenario_change c join scenario s on s.id = c.scenario_id "
				+ "where s.organisation_id = :org").param("org", city).query(Integer.class).single()).isPositive();
	}

	@Test
	void theCityHasCapacityThatSomeQuartersOfItsPlanExceed() {
		UUID city = organisationId();
		var outlook = capacities.outlook(city, capacities.currentPlan(city));
		assertThat(outlook.parties()).hasSize(2);
		assertThat(outlook.it().quarters()).allSatisfy(q -> assertThat(q.capacity()).isNotNull());
		assertThat(outlook.it().quarters()).anyMatch(QuarterLoad::mayExceed).anyMatch(q -> !q.mayExceed());
	}

	@Test
	void theCityHasItsServiceAreasGoalsAndPeople() {
		UUID city = organisationId();
		var units = organisations.unitsOf(city);
		assertThat(units.serviceAreas()).hasSize(8)
			.allSatisfy(area -> assertThat(units.unitsOf(area.id())).hasSizeBetween(4, 6));
		assertThat(goals.of(city)).hasSize(12);
		assertThat(accounts.authenticate(DatasetPlan.USERNAME, "ohjaamo-bench")).isPresent();
	}

	@Test
	void theProjectsShowEveryStatusAndCategory() {
		UUID city = organisationId();
		assertThat(projectValues(city, "status")).isEqualTo(names(Status.class));
		assertThat(projectValues(city, "category")).isEqualTo(names(Category.class));
	}

	@Test
	void everyVersionPassesTheChecksOfTheEditForm() {
		UUID city = organisationId();
		var problems = new ArrayList<String>();
		for (UUID project : projectIds(city)) {
			List<Revision> history = new ArrayList<>(projects.history(city, project));
			history.sort((a, b) -> Integer.compare(a.number(), b.number()));
			Status previous = null;
			for (Revision revision : history) {
				problems.addAll(problemsOf(city, revision, previous));
				previous = revision.card().status();
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aSecondRunAddsNothing() {
		UUID city = organisationId();
		generator.generate();
		assertThat(projectIds(city)).hasSize(30);
		assertThat(jdbc.sql("select count(*) from organisation where name = :name")
			.param("name", DatasetPlan.ORGANISATION)
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void aNationalOrganisationGetsItsOwnProjectsPeopleAndOneAccount() {
		var area = DatasetCountry.organisations(10_000, 2, properties.seed()).getFirst();
		var small = new DatasetOrganisation(area.name(), area.kind(), area.usernamePrefix(), area.mailDomain(), 4, 2,
				area.seed(), false);
		generator.generate(small);
		UUID id = jdbc.sql("select id from organisation where name = :name").param("name", area.name())
			.query(UUID.class).single();
		assertThat(projectIds(id)).hasSize(4);
		assertThat(projectIds(organisationId())).hasSize(30);
		assertThat(accounts.authenticate("hva001-bench", "ohjaamo-bench")).isPresent();
		assertThat(accounts.authenticate("hva001-bench-pm1", "ohjaamo-bench")).isEmpty();
		assertThat(jdbc.sql("select kind from organisation where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("WELLBEING_AREA");
	}

	@Test
	void theSameSeedWritesTheSameCard() {
		UUID city = organisationId();
		var first = projects.history(city, projectIds(city).getFirst()).getLast().card();
		assertThat(first.number()).isEqualTo("1.1");
		assertThat(first.title()).isNotBlank();
		var random = new DatasetRandom(properties.seed(), 0);
		var lifecycle = DatasetLifecycle.plan(0, properties.revisions(), random);
		var again = new DatasetCards(new DatasetSetup(organisations, accounts, goals, summaries).load(DatasetOrganisation.city(properties), city), Map.of())
			.first(0, random, lifecycle)
			.build();
		assertThat(again.status()).isEqualTo(first.status());
		assertThat(again.title()).isEqualTo(first.title());
		assertThat(again.description()).isEqualTo(first.description());
	}

	/** The rules the edit form and {@link Projects} apply, as the card stood in that version. */
	private List<String> problemsOf(UUID organisation, Revision revision, @Nullable Status previous) {
		ProjectCard card = revision.card();
		String where = card.number() + " (" + revision.number() + "): ";
		return rules.problems(organisation, card, previous).stream().map(problem -> where + problem).toList();
	}

	private UUID organisationId() {
		return jdbc.sql("select id from organisation where name = :name")
			.param("name", DatasetPlan.ORGANISATION)
			.query(UUID.class)
			.single();
	}

	private List<UUID> projectIds(UUID organisation) {
		return jdbc.sql("select id from project where organisation_id = :org order by created_at, project_number")
			.param("org", organisation)
			.query(UUID.class)
			.list();
	}

	private Set<String> projectValues(UUID organisation, String column) {
		return Set.copyOf(jdbc.sql("select distinct " + column + " from project where organisation_id = :org")
			.param("org", organisation)
			.query(String.class)
			.list());
	}

	private static Set<String> names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
	}

}
