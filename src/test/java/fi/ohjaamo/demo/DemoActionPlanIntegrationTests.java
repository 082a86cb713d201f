package fi.ohjaamo.demo;

import fi.ohjaamo.DemoTest;
import java.util.Locale;
import java.util.UUID;

import fi.ohjaamo.actionplan.ActionPlan;
import fi.ohjaamo.actionplan.ActionPlans;
import fi.ohjaamo.actionplan.GroupLevel;
import fi.ohjaamo.actionplan.PlanChanges;
import fi.ohjaamo.actionplan.PlanChapter;
import fi.ohjaamo.actionplan.PlanGroup;
import fi.ohjaamo.actionplan.PlanStatus;
import fi.ohjaamo.publication.PublishedPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo municipality has an approved action plan that reads like seed 001: an introduction, then the infrastructure
 * projects, then a section per service area with its units, all numbered; a card revised since approval; the next
 * period's draft; and the approved plan published.
 */
@DemoTest
class DemoActionPlanIntegrationTests {

	private static final Locale FINNISH = Locale.of("fi");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ActionPlans plans;

	@Autowired
	PlanChanges changes;

	@Autowired
	PublishedPlans published;

	@Autowired
	DemoActionPlan demo;

	@Test
	void theDemoMunicipalityHasAnApprovedNumberedPlanWithChangesSinceAndADraftForTheNextPeriod() {
		UUID org = jdbc.sql("select id from organisation where name = :name")
			.param("name", DemoData.MUNICIPALITY)
			.query(UUID.class)
			.single();
		var all = plans.of(org);
		assertThat(all).extracting(ActionPlan::getStatus).containsExactly(PlanStatus.DRAFT, PlanStatus.APPROVED);
		var approved = all.get(1);
		var contents = plans.contents(org, approved.getId(), FINNISH);

		assertThat(contents.period()).isEqualTo("syksy 2025 ja 2026");
		assertThat(contents.approval().body()).isEqualTo(DemoActionPlan.DIVISION);
		assertThat(contents.approval().section()).isEqualTo("§ 38");
		assertThat(contents.introduction()).extracting(PlanChapter::number).containsExactly("1", "2", "3");
		var first = contents.groups().getFirst();
		assertThat(first.number()).isEqualTo("4");
		assertThat(first.heading()).isEqualTo("Perusinfrastruktuurihankkeet, tietohallinto omistajana");
		assertThat(first.entries()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(first.entries().getFirst().number()).isEqualTo("4.1");
		var sections = contents.groups().stream().filter(g -> g.level() == GroupLevel.SERVICE_AREA).toList();
		assertThat(sections).extracting(PlanGroup::heading)
			.contains("Palvelualakohtaiset kehityshankkeet, Sivistyspalvelut");
		assertThat(sections).anySatisfy(s -> assertThat(s.subgroups()).isNotEmpty()
			.allSatisfy(unit -> assertThat(unit.entries().getFirst().number()).isEqualTo(unit.number() + ".1")));

		var since = changes.since(org, approved.getId(), FINNISH);
		assertThat(since).hasSize(1);
		assertThat(since.getFirst().fields()).containsExactly("description", "likelihoodNote");
		assertThat(since.getFirst().number()).isEqualTo("4.1");

		var draft = plans.contents(org, all.getFirst().getId(), FINNISH);
		assertThat(draft.period()).isEqualTo("2027 ja 2028");
		assertThat(draft.introduction()).hasSize(3);

		var publicPlan = published.plan("kuusijarven-kaupunki", approved.getId(), FINNISH);
		assertThat(publicPlan.plan().approvedBy()).isEqualTo(DemoActionPlan.DIVISION);
		assertThat(published.plans("kuusijarven-kaupunki", FINNISH).plans()).hasSize(1);

		demo.run(new DefaultApplicationArguments());
		assertThat(plans.of(org)).hasSize(2);
	}

}
