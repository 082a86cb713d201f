package fi.ohjaamo.demo;

import java.time.Duration;
import java.util.UUID;

import fi.ohjaamo.capacity.Capacities;
import fi.ohjaamo.identity.LocalAccounts;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.prioritisation.Criteria;
import fi.ohjaamo.prioritisation.Scores;
import fi.ohjaamo.portfolio.PortfolioPlans;
import fi.ohjaamo.portfolio.ProjectSummaries;
import fi.ohjaamo.scenario.Scenarios;
import fi.ohjaamo.strategy.StrategicGoals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a city-size organisation for measuring speed: {@code ohjaamo.dataset.projects} projects with
 * {@code ohjaamo.dataset.revisions} versions each, every one saved through the portfolio's API as a
 * person would. Each project is its own transaction, so a run of any size fits in memory, and an
 * interrupted run continues where it stopped. See docs/benchmarks.md.
 */
@Component
@Order(20)
@ConditionalOnProperty("ohjaamo.dataset.projects")
class DatasetGenerator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DatasetGenerator.class);

	private static final int PROGRESS_EVERY = 100;

	private final DatasetProperties properties;

	private final DatasetSetup setup;

	private final Projects projects;

	private final TransactionTemplate transaction;

	private final ConfigurableApplicationContext context;

	private final DatasetScores scores;

	private final DatasetCapacity capacity;

	private final DatasetScenarios scenarios;

	DatasetGenerator(DatasetProperties properties, Organisations organisations, LocalAccounts accounts,
			StrategicGoals goals, Projects projects, ProjectSummaries summaries,
			PlatformTransactionManager transactionManager, ConfigurableApplicationContext context, Criteria criteria,
			Scores scores, Capacities capacities, PortfolioPlans plans, Scenarios scenarios) {
		this.properties = properties;
		this.setup = new DatasetSetup(organisations, accounts, goals, summaries);
		this.projects = projects;
		this.transaction = new TransactionTemplate(transactionManager);
		this.context = context;
		this.scores = new DatasetScores(organisations, criteria, scores, summaries, transactionManager);
		this.capacity = new DatasetCapacity(capacities);
		this.scenarios = new DatasetScenarios(organisations, plans, scenarios, transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.projects() > 0) {
			var city = DatasetOrganisation.city(properties);
			generate(city);
			setup.find(city).ifPresent(scores::generate);
			setup.find(city)
				.map(id -> setup.load(city, id))
				.ifPresent(loaded -> transaction.executeWithoutResult(s -> capacity.generate(loaded)));
			setup.find(city).ifPresent(scenarios::generate);
			if (properties.nationalProjects() > 0) {
				generateCountry();
			}
		}
		if (properties.exit()) {
			System.exit(SpringApplication.exit(context, () -> 0));
		}
	}

	/** The city alone, as the benchmark's organisation. */
	void generate() {
		generate(DatasetOrganisation.city(properties));
	}

	/** The national dataset's other organisations, after the city; each continues where an earlier run stopped. */
	private void generateCountry() {
		long started = System.nanoTime();
		var country = DatasetCountry.organisations(properties.nationalProjects(), properties.nationalRevisions(),
				properties.seed());
		log.info("Generating the national dataset: {} organisations with {} projects in all besides {}", country.size(),
				country.stream().mapToInt(DatasetOrganisation::projects).sum(), DatasetPlan.ORGANISATION);
		for (int i = 0; i < country.size(); i++) {
			generate(country.get(i));
			log.info("National dataset: {}/{} organisations in {}", i + 1, country.size(), elapsed(started));
		}
	}

	void generate(DatasetOrganisation organisation) {
		long started = System.nanoTime();
		UUID id = setup.find(organisation)
			.orElseGet(() -> transaction.execute(status -> setup.create(organisation, properties.password())));
		var city = setup.load(organisation, id);
		int existing = setup.projectCount(id);
		int wanted = organisation.projects();
		if (existing >= wanted) {
			log.info("{} already has {} projects; nothing to generate", organisation.name(), existing);
			return;
		}
		log.info("Generating {} projects with {} versions each in {}, starting from project {}", wanted,
				organisation.revisions(), organisation.name(), existing + 1);
		var cards = new DatasetCards(city, setup.numbers(id));
		var edits = new DatasetEdits(city);
		for (int index = existing; index < wanted; index++) {
			int project = index;
			transaction.executeWithoutResult(status -> write(organisation, city, cards, edits, project));
			int done = index + 1;
			if (done % PROGRESS_EVERY == 0 || done == wanted) {
				log.info("Generated {}/{} projects ({} versions in this run) in {}", done, wanted,
						(long) (done - existing) * organisation.revisions(), elapsed(started));
			}
		}
		log.info("{} is ready in {}: sign in as {} with the password set in ohjaamo.dataset.password",
				organisation.name(), elapsed(started), organisation.usernamePrefix() + DatasetPlan.USERNAME);
	}

	private void write(DatasetOrganisation organisation, DatasetCity city, DatasetCards cards, DatasetEdits edits,
			int index) {
		var random = new DatasetRandom(organisation.seed(), index);
		var lifecycle = DatasetLifecycle.plan(index, organisation.revisions(), random);
		var card = cards.first(index, random, lifecycle);
		var project = projects.create(creator(city, card, random), card.build());
		for (int revision = 2; revision <= organisation.revisions(); revision++) {
			var author = editor(city, card, random);
			edits.revise(card, random, lifecycle.stepAt(revision), author);
			project = projects.revise(author, project.getId(), card.build(), project.getRevision());
		}
	}

	private static CurrentUser creator(DatasetCity city, DatasetCard card, DatasetRandom random) {
		var editor = city.editorOf(card.area.id());
		return editor.isPresent() && random.chance(0.4) ? editor.get() : city.itManagement();
	}

	/** Whoever may edit the card: IT management, its project manager or its service area's editor. */
	private static CurrentUser editor(DatasetCity city, DatasetCard card, DatasetRandom random) {
		var manager = city.manager(card.projectManagerId);
		var editor = city.editorOf(card.area.id());
		int roll = random.between(1, 12);
		if (roll <= 4 && manager.isPresent()) {
			return manager.get();
		}
		if (roll <= 7 && editor.isPresent()) {
			return editor.get();
		}
		return city.itManagement();
	}

	private static String elapsed(long startedNanos) {
		var duration = Duration.ofNanos(System.nanoTime() - startedNanos);
		return "%d min %02d s".formatted(duration.toMinutes(), duration.toSecondsPart());
	}

}
