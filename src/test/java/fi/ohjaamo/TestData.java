package fi.ohjaamo;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import fi.ohjaamo.identity.LocalAccounts;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.OrganisationKind;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.organisation.SignedInPerson;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.ImpactPart;
import fi.ohjaamo.portfolio.ImpactState;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Vat;
import fi.ohjaamo.strategy.StrategicGoals;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Builds organisations with units, goals, people and projects through the modules' own APIs. */
@TestComponent
public class TestData {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final ImpactPart NONE = new ImpactPart(ImpactState.NO_IMPACT, "");

	private final Organisations organisations;

	private final StrategicGoals goals;

	private final Projects projects;

	private final LocalAccounts accounts;

	TestData(Organisations organisations, StrategicGoals goals, Projects projects, LocalAccounts accounts) {
		this.organisations = organisations;
		this.goals = goals;
		this.projects = projects;
		this.accounts = accounts;
	}

	/** An organisation to test in, with people in every role. */
	public record Org(UUID id, String name, UUID serviceAreaId, UUID unitId, UUID otherServiceAreaId, UUID goalId,
			Person itManager, Person areaEditor, Person projectManager, Person viewer, Person administrator) {
	}

	/** A person with a role in the organisation, and how to act as them in MockMvc. */
	public record Person(UUID id, String name, String username, CurrentUser asUser) {

		public RequestPostProcessor signedIn() {
			var principal = new SignedInPerson(id, name, username);
			return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
					List.of(new SimpleGrantedAuthority("ROLE_USER"))));
		}

	}

	public Org organisation() {
		int n = SEQUENCE.incrementAndGet();
		String name = "Testikunta " + n + " " + UUID.randomUUID().toString().substring(0, 6);
		var organisation = organisations.create(name, OrganisationKind.MUNICIPALITY);
		var area = organisations.addServiceArea(organisation.getId(), "Sivistyspalvelut", 1);
		var unit = organisations.addUnit(area, "Varhaiskasvatus", 1);
		var otherArea = organisations.addServiceArea(organisation.getId(), "Tekniset palvelut", 2);
		var goal = goals.add(organisation.getId(), "Asukaspalvelujen digitalisointi");
		UUID id = organisation.getId();
		return new Org(id, name, area.getId(), unit.getId(), otherArea.getId(), goal.id(),
				person(id, name, "Iida IT", Role.IT_MANAGEMENT, null),
				person(id, name, "Essi Editori", Role.SERVICE_AREA_EDITOR, area.getId()),
				person(id, name, "Paavo Päällikkö", Role.PROJECT_MANAGER, null),
				person(id, name, "Veera Viewer", Role.VIEWER, null),
				person(id, name, "Ari Admin", Role.ADMINISTRATOR, null));
	}

	/** A person with a local account; the password is "salasana-" + username. */
	public Person person(UUID organisationId, String organisationName, String name, Role role, UUID serviceAreaId) {
		var person = organisations.addPerson(name, null);
		organisations.grant(person.getId(), organisationId, role, serviceAreaId);
		String username = "u" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(person.getId(), username, "salasana-" + username);
		Set<UUID> areas = serviceAreaId == null ? Set.of() : Set.of(serviceAreaId);
		var user = new CurrentUser(person.getId(), name, organisationId, organisationName, EnumSet.of(role), areas,
				List.of(new CurrentUser.OrganisationChoice(organisationId, organisationName)));
		return new Person(person.getId(), name, username, user);
	}

	/** A valid card in the organisation's first service area, ready to adjust. */
	public ProjectCard card(Org org, String title) {
		return ProjectCard.blank(org.serviceAreaId())
			.toBuilder()
			.title(title)
			.number("4.1")
			.unitId(org.unitId())
			.description("Kuvaus " + title)
			.impactSummary("Vaikutukset")
			.impactOrganisation(NONE)
			.impactSecurity(NONE)
			.impactData(NONE)
			.impactCaseManagement(NONE)
			.goalIds(List.of(org.goalId()))
			.scheduleStart("Q3/2025")
			.scheduleEnd("Q2/2026")
			.costs(List.of(new CostLine(CostKind.ONE_OFF, 2025, null, new BigDecimal("10000"),
					new BigDecimal("20000"), false, Vat.EXCLUDED, "")))
			.build();
	}

	public Project project(Org org, String title) {
		return projects.create(org.itManager().asUser(), card(org, title));
	}

}
