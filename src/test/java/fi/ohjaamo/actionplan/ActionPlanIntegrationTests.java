package fi.ohjaamo.actionplan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.steering.BodyDefinition;
import fi.ohjaamo.steering.BodyInUseException;
import fi.ohjaamo.steering.BodyKind;
import fi.ohjaamo.steering.BodyReferences;
import fi.ohjaamo.steering.SteeringBodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** IT management builds a plan, approves it, and everyone reads it, frozen, with the changes made since. */
@IntegrationTest
class ActionPlanIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ActionPlans plans;

	@Autowired
	PlanChanges changes;

	@Autowired
	Projects projects;

	@Autowired
	SteeringBodies bodies;

	@Autowired
	JdbcClient jdbc;

	/** The service refuses by itself, so that no page or job that forgets to ask can change a plan. */
	@Test
	void thePlansServiceRefusesEveryoneButThePortfoliosOwners() {
		var org = data.organisation();
		var project = data.project(org, "Verkon uusiminen");
		var heading = new PlanHeading("Toimenpidesuunnitelma", "2026", 2026, 2026);
		var approved = plans.create(org.id(), heading);
		plans.approve(org.id(), approved.getId(), new Approval(null, "Kunnanhallitus", LocalDate.of(2026, 1, 12),
				"§ 4", null, null), 0);
		var draft = plans.create(org.id(), heading);
		plans.addChapter(org.id(), draft.getId(), new Chapter("Sisällöstä", "Teksti"), 0);
		plans.choose(org.id(), draft.getId(), project.getId(), 1);
		long seen = plans.get(org.id(), draft.getId()).getVersion();
		var chapter = new Chapter("Kaapattu", "");
		var decision = new Approval(null, "Kaappari", LocalDate.of(2026, 2, 1), "§ 1", null, null);
		for (var person : List.of(org.viewer(), org.projectManager(), org.areaEditor())) {
			var user = person.asUser();
			List<Runnable> writes = List.of(() -> plans.create(user, heading),
					() -> plans.copy(user, approved.getId(), heading),
					() -> plans.startNewVersion(user, approved.getId()),
					() -> plans.rename(user, draft.getId(), new PlanHeading("Kaapattu", "2026", 2026, 2026), seen),
					() -> plans.addChapter(user, draft.getId(), chapter, seen),
					() -> plans.replaceChapter(user, draft.getId(), 0, chapter, seen),
					() -> plans.moveChapter(user, draft.getId(), 0, 1, seen),
					() -> plans.removeChapter(user, draft.getId(), 0, seen),
					() -> plans.choose(user, draft.getId(), project.getId(), seen),
					() -> plans.move(user, draft.getId(), "P:" + project.getId(), 1, seen),
					() -> plans.drop(user, draft.getId(), project.getId(), seen),
					() -> plans.approve(user, draft.getId(), decision, seen),
					() -> plans.delete(user, draft.getId(), seen));
			for (var write : writes) {
				assertThatThrownBy(write::run).as(person.name()).isInstanceOf(AccessDeniedException.class);
			}
		}
		assertThat(plans.of(org.id())).hasSize(2);
		var unchanged = plans.get(org.id(), draft.getId());
		assertThat(unchanged.getVersion()).isEqualTo(seen);
		assertThat(unchanged.getChapters()).extracting(Chapter::heading).containsExactly("Sisällöstä");
		assertThat(unchanged.isApproved()).isFalse();
		plans.delete(org.administrator().asUser(), draft.getId(), seen);
		assertThat(plans.of(org.id())).extracting(ActionPlan::getId).containsExactly(approved.getId());
	}

	@Test
	void itManagementBuildsAPlanThatReadsNumberedAndGrouped() throws Exception {
		var org = data.organisation();
		var infra = projects.create(org.itManager().asUser(),
				infrastructure(data.card(org, "Verkon uusiminen")));
		var area = data.project(org, "Digitaalinen kasvun kansio");
		mvc.perform(post("/plans").with(csrf()).param("title", "Tietohallinnon toimenpidesuunnitelma")
			.param("periodLabel", "syksy 2026 ja 2027").param("firstYear", "2026").param("lastYear", "2027")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		var plan = plans.of(org.id()).getFirst();
		mvc.perform(post("/plans/" + plan.getId() + "/chapters").with(csrf()).param("heading", "Suunnitelman sisällöstä")
			.param("text", "Kehittämiskohteet on ryhmitelty.").param("version", "0")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		for (var project : List.of(area.getId(), infra.getId())) {
			long version = plans.get(org.id(), plan.getId()).getVersion();
			mvc.perform(post("/plans/" + plan.getId() + "/projects/add").with(csrf())
				.param("projectId", project.toString()).param("version", String.valueOf(version))
				.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		}

		String page = page(get("/plans/" + plan.getId()), org.viewer());
		assertThat(page).containsSubsequence("1 Suunnitelman sisällöstä", "Kehittämiskohteet on ryhmitelty.",
				"2 Perusinfrastruktuurihankkeet, tietohallinto omistajana", "2.1 Verkon uusiminen",
				"3 Palvelualakohtaiset kehityshankkeet, Sivistyspalvelut", "3.1 Varhaiskasvatus",
				"3.1.1 Digitaalinen kasvun kansio")
			.doesNotContain("/plans/" + plan.getId() + "/edit");
		assertThat(page(get("/plans/" + plan.getId()).param("lang", "en"), org.viewer()))
			.contains("2 Basic infrastructure projects, owned by IT management");
		assertThat(jdbc.sql("select action from audit_entry where organisation_id = :org and action like 'actionplan%'")
			.param("org", org.id()).query(String.class).list()).containsExactly("actionplan.created",
					"actionplan.changed", "actionplan.changed", "actionplan.changed");
	}

	@Test
	void groupsAndProjectsMoveAndRenumber() throws Exception {
		var org = data.organisation();
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma", "2026", 2026, 2026));
		var first = data.project(org, "Ensimmäinen");
		var second = data.project(org, "Toinen");
		plans.choose(org.id(), plan.getId(), first.getId(), 0);
		plans.choose(org.id(), plan.getId(), second.getId(), 1);

		mvc.perform(post("/plans/" + plan.getId() + "/order").with(csrf()).param("key", "P:" + second.getId())
			.param("step", "-1").param("version", "2").with(org.itManager().signedIn()))
			.andExpect(status().is3xxRedirection());

		assertThat(page(get("/plans/" + plan.getId()), org.viewer())).containsSubsequence("1.1.1 Toinen",
				"1.1.2 Ensimmäinen");
		String stale = mvc.perform(post("/plans/" + plan.getId() + "/order").with(csrf())
			.param("key", "P:" + second.getId()).param("step", "1").param("version", "2")
			.with(org.itManager().signedIn())).andReturn().getResponse().getRedirectedUrl();
		assertThat(stale).contains("stale");
		assertThat(page(get("/plans/" + plan.getId()), org.viewer())).containsSubsequence("1.1.1 Toinen",
				"1.1.2 Ensimmäinen");
	}

	@Test
	void approvalFreezesTheCardsAndShowsWhatChangedSince() throws Exception {
		var org = data.organisation();
		var body = bodies.add(org.id(), new BodyDefinition("Tietohallinnon ohjausryhmä", BodyKind.IT_STEERING_GROUP,
				List.of(org.itManager().id()), null, null, true));
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma", "2026", 2026, 2026));
		var kept = data.project(org, "Kasvun kansio");
		var cancelled = data.project(org, "Perhetalot");
		plans.choose(org.id(), plan.getId(), kept.getId(), 0);
		plans.choose(org.id(), plan.getId(), cancelled.getId(), 1);

		mvc.perform(post("/plans/" + plan.getId() + "/approval").with(csrf()).param("bodyId", body.getId().toString())
			.param("bodyName", "").param("date", "2026-03-10").param("section", "§ 12").param("diaryNumber", "")
			.param("link", "https://example.org/poytakirja").param("version", "2")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());
		var card = projects.latest(org.id(), kept.getId()).card();
		projects.revise(org.itManager().asUser(), kept.getId(), card.withSchedule("Q1/2027", "Q4/2027", ""), 1);
		projects.decide(org.itManager().asUser(), cancelled.getId(), Status.CANCELLED, "Rahoitus puuttuu");

		var contents = plans.contents(org.id(), plan.getId(), Locale.of("fi"));
		assertThat(contents.status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(contents.approval()).isEqualTo(new PlanApproval("Tietohallinnon ohjausryhmä",
				LocalDate.of(2026, 3, 10), "§ 12", null, null, "https://example.org/poytakirja"));
		var entries = PlanChanges.entries(contents.groups());
		assertThat(entries).allMatch(e -> e.revision() == 1);
		assertThat(entries.getFirst().card().scheduleStart()).isEqualTo("Q3/2025");

		var since = changes.since(org.id(), plan.getId(), Locale.of("fi"));
		assertThat(since).extracting(PlanChanges.ChangedCard::title).containsExactly("Kasvun kansio", "Perhetalot");
		assertThat(since.get(0).fields()).containsExactly("scheduleStart", "scheduleEnd");
		assertThat(since.get(1).givenUp()).isTrue();
		assertThat(page(get("/plans/" + plan.getId() + "/changes"), org.viewer()))
			.contains("Alkaa").contains("Nyt: Peruttu")
			.contains("/projects/" + kept.getId() + "/diff?from=1&amp;to=2".replace("&amp;", "&"));

		assertThat(mvc.perform(post("/plans/" + plan.getId() + "/projects/remove").with(csrf())
			.param("projectId", kept.getId().toString()).param("version", "3").with(org.itManager().signedIn()))
			.andReturn().getResponse().getStatus()).isEqualTo(409);
		assertThatThrownBy(() -> plans.addChapter(org.id(), plan.getId(), new Chapter("Uusi", ""), 3))
			.isInstanceOf(PlanApprovedException.class);

		assertThat(bodies.referencesTo(org.id(), body.getId())).as("the plan still tells who approved it")
			.containsExactly(new BodyReferences.Reference("actionplan.bodyReferences.plans", 1));
		assertThatThrownBy(() -> bodies.remove(org.itManager().asUser(), body.getId())).isInstanceOf(BodyInUseException.class);
		assertThat(page(get("/steering/bodies/" + body.getId() + "/delete"), org.itManager()))
			.contains("Toimielin on hyväksynyt yhden toimenpidesuunnitelman.");
	}

	@Test
	void approvalNeedsABodyASectionAndAWebLinkAndKeepsWhatWasTyped() throws Exception {
		var org = data.organisation();
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma", "2026", 2026, 2026));

		String refused = page(post("/plans/" + plan.getId() + "/approval").with(csrf()).param("bodyName", "")
			.param("date", "2026-03-10").param("section", "").param("diaryNumber", "KJ/123/2026")
			.param("link", "javascript:alert(1)").param("version", "0"), org.itManager());

		assertThat(refused).contains("Valitse toimielin tai kirjoita hyväksyjä.").contains("Täytä tämä kohta.")
			.contains("Anna verkko-osoite, joka alkaa https:// tai http://.").contains("value=\"KJ/123/2026\"");
		assertThat(plans.get(org.id(), plan.getId()).isApproved()).isFalse();

		var inactive = bodies.add(org.id(), new BodyDefinition("Entinen ohjausryhmä", BodyKind.IT_STEERING_GROUP,
				List.of(org.itManager().id()), null, null, false));
		String byInactive = page(post("/plans/" + plan.getId() + "/approval").with(csrf())
			.param("bodyId", inactive.getId().toString()).param("bodyName", "").param("date", "2026-03-10")
			.param("section", "§ 3").param("diaryNumber", "").param("link", "").param("version", "0"),
				org.itManager());
		assertThat(byInactive).as("a body made inactive is not offered, and an old form cannot name it")
			.contains("Valittua toimielintä ei ole.").doesNotContain("Entinen ohjausryhmä</option>");
		assertThat(plans.get(org.id(), plan.getId()).isApproved()).isFalse();
	}

	@Test
	void aStaleSaveShowsTheirValuesAndKeepsWhatWasTyped() throws Exception {
		var org = data.organisation();
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma", "2026", 2026, 2026));
		plans.rename(org.itManager().asUser(), plan.getId(), new PlanHeading("Heidän otsikkonsa", "2026", 2026, 2026), 0);

		String stale = page(post("/plans/" + plan.getId()).with(csrf()).param("title", "Minun otsikkoni")
			.param("periodLabel", "2026").param("firstYear", "2026").param("lastYear", "2026").param("version", "0"),
				org.itManager());

		assertThat(stale).contains("Joku muu tallensi tämän sillä aikaa").contains("Heidän otsikkonsa")
			.contains("value=\"Minun otsikkoni\"");
		assertThat(plans.get(org.id(), plan.getId()).getTitle()).isEqualTo("Heidän otsikkonsa");
	}

	@Test
	void othersReadButDoNotEdit() throws Exception {
		var org = data.organisation();
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma", "2026", 2026, 2026));
		plans.addChapter(org.id(), plan.getId(), new Chapter("Sisällöstä", "Teksti"), 0);

		for (String page : editingPages(plan.getId())) {
			assertThat(mvc.perform(get(page).with(org.viewer().signedIn())).andReturn().getResponse().getStatus())
				.as(page).isEqualTo(403);
			assertThat(mvc.perform(get(page).with(org.itManager().signedIn())).andReturn().getResponse().getStatus())
				.as(page).isEqualTo(200);
		}
		assertThat(mvc.perform(get("/plans/" + plan.getId() + "/approval").with(org.viewer().signedIn()))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/plans/" + plan.getId() + "/approval").with(csrf()).param("section", "§ 1")
			.param("bodyName", "Valtuusto").param("date", "2026-01-01").param("version", "0")
			.with(org.areaEditor().signedIn())).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(page(get("/plans"), org.viewer())).contains("Suunnitelma").doesNotContain("/plans/new");
	}

	@Test
	void anApprovedPlanOffersNoEditingPageEvenToItManagement() throws Exception {
		var org = data.organisation();
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma", "2026", 2026, 2026));
		plans.addChapter(org.id(), plan.getId(), new Chapter("Sisällöstä", "Teksti"), 0);
		plans.approve(org.id(), plan.getId(), new Approval(null, "Kaupunginvaltuusto", LocalDate.of(2026, 1, 20),
				"§ 5", null, null), 1);

		for (String page : editingPages(plan.getId())) {
			assertThat(mvc.perform(get(page).with(org.itManager().signedIn())).andReturn().getResponse().getStatus())
				.as(page).isEqualTo(409);
		}
		// What remains to record is the chain's next decision, such as the council's; it changes nothing in the plan.
		assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/plans/" + plan.getId() + "/approval")
			.with(org.itManager().signedIn())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8))).contains("Seuraava päätös: Suunnitelma")
			.doesNotContain("Hyväksy ja jäädytä");
	}

	/** Every page that changes a draft: the heading, a chapter and the projects. */
	private static List<String> editingPages(UUID planId) {
		return List.of("/plans/" + planId + "/edit", "/plans/" + planId + "/chapters/new",
				"/plans/" + planId + "/chapter?n=0", "/plans/" + planId + "/projects");
	}

	@Test
	void aCopyStartsTheNextPeriodWithTheSameProjectsAsADraft() throws Exception {
		var org = data.organisation();
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma", "2026", 2026, 2026));
		var project = data.project(org, "Kasvun kansio");
		plans.choose(org.id(), plan.getId(), project.getId(), 0);
		plans.addChapter(org.id(), plan.getId(), new Chapter("Sisällöstä", "Teksti"), 1);
		plans.approve(org.id(), plan.getId(), new Approval(null, "Kaupunginvaltuusto", LocalDate.of(2026, 1, 20),
				"§ 5", null, null), 2);

		mvc.perform(post("/plans/" + plan.getId() + "/copy").with(csrf()).param("title", "Suunnitelma 2027")
			.param("periodLabel", "2027").param("firstYear", "2027").param("lastYear", "2027")
			.with(org.itManager().signedIn())).andExpect(status().is3xxRedirection());

		var copy = plans.of(org.id()).getFirst();
		assertThat(copy.getTitle()).isEqualTo("Suunnitelma 2027");
		var contents = plans.contents(org.id(), copy.getId(), Locale.of("fi"));
		assertThat(contents.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(contents.introduction()).extracting(PlanChapter::heading).containsExactly("Sisällöstä");
		assertThat(PlanChanges.entries(contents.groups())).extracting(PlanEntry::projectId)
			.containsExactly(project.getId());
	}

	@Test
	void anotherOrganisationsPlanIsUnknown() {
		var mine = data.organisation();
		var theirs = data.organisation();
		var plan = plans.create(theirs.id(), new PlanHeading("Heidän", "2026", 2026, 2026));

		assertThatThrownBy(() -> plans.contents(mine.id(), plan.getId(), Locale.of("fi")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> plans.contents(mine.id(), UUID.randomUUID(), Locale.of("fi")))
			.isInstanceOf(NotFoundException.class);
		var project = data.project(theirs, "Heidän hankkeensa");
		var own = plans.create(mine.id(), new PlanHeading("Oma", "2026", 2026, 2026));
		assertThatThrownBy(() -> plans.choose(mine.id(), own.getId(), project.getId(), 0))
			.isInstanceOf(NotFoundException.class);
	}

	/** The card as an infrastructure project, owned by IT management. */
	static ProjectCard infrastructure(ProjectCard c) {
		return c.toBuilder().category(Category.INFRASTRUCTURE).unitId(null).build();
	}

	private String page(MockHttpServletRequestBuilder request, TestData.Person person) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(person.signedIn()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
