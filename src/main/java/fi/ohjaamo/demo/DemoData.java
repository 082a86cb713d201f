package fi.ohjaamo.demo;

import fi.ohjaamo.identity.LocalAccounts;
import fi.ohjaamo.organisation.OrganisationKind;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.Person;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.strategy.StrategicGoals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a fictional municipality, Kuusijärven kaupunki, and a small wellbeing area,
 * with people to sign in as and a portfolio written on the action plan's card. It runs before the
 * configured first administrator, who then finds accounts and steps aside.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("ohjaamo.demo.enabled")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "ohjaamo-demo";

	static final String MUNICIPALITY = "Kuusijärven kaupunki";

	static final String WELLBEING_AREA = "Pohjanrannan hyvinvointialue";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Organisations organisations;

	private final LocalAccounts accounts;

	private final StrategicGoals goals;

	private final Projects projects;

	private final TransactionTemplate transaction;

	DemoData(Organisations organisations, LocalAccounts accounts, StrategicGoals goals, Projects projects,
			PlatformTransactionManager transactionManager) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.goals = goals;
		this.projects = projects;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (organisations.count() > 0) {
			return;
		}
		Integer count = transaction.execute(status -> load());
		log.info("Loaded the demo data: {} projects in {} and {}; sign in as admin, tiina, sanna, pekka, ville "
				+ "or hilla with the password {}", count, MUNICIPALITY, WELLBEING_AREA, PASSWORD);
	}

	private int load() {
		var aino = person("Aino Ylläpitäjä", "aino.yllapitaja@kuusijarvi.example", "admin");
		var tiina = person("Tiina Tietohallintojohtaja", "tiina.tietohallintojohtaja@kuusijarvi.example", "tiina");
		var sanna = person("Sanna Sivistys", "sanna.sivistys@kuusijarvi.example", "sanna");
		var pekka = person("Pekka Projektipäällikkö", "pekka.projektipaallikko@kuusijarvi.example", "pekka");
		var ville = person("Ville Valtuutettu", "ville.valtuutettu@kuusijarvi.example", "ville");
		var hilla = person("Hilla Hyvinvointi", "hilla.hyvinvointi@pohjanranta.example", "hilla");

		var kuusijarvi = municipality();
		kuusijarvi.grant(aino, Role.ADMINISTRATOR);
		kuusijarvi.grant(aino, Role.IT_MANAGEMENT);
		kuusijarvi.grant(tiina, Role.IT_MANAGEMENT);
		kuusijarvi.grantServiceArea(sanna, "Sivistyspalvelut");
		kuusijarvi.grant(pekka, Role.PROJECT_MANAGER);
		kuusijarvi.grant(ville, Role.VIEWER);
		var authors = new DemoAuthors(kuusijarvi.author(tiina, Role.IT_MANAGEMENT),
				kuusijarvi.author(pekka, Role.PROJECT_MANAGER),
				kuusijarvi.serviceAreaEditor(sanna, "Sivistyspalvelut"));
		new DemoInfrastructureProjects(kuusijarvi, authors).load();
		new DemoCityWideProjects(kuusijarvi, authors).load();
		new DemoServiceAreaProjects(kuusijarvi, authors).load();

		var pohjanranta = wellbeingArea();
		pohjanranta.grant(tiina, Role.IT_MANAGEMENT);
		pohjanranta.grant(hilla, Role.IT_MANAGEMENT);
		new DemoWellbeingAreaProjects(pohjanranta, pohjanranta.author(hilla, Role.IT_MANAGEMENT),
				pohjanranta.author(tiina, Role.IT_MANAGEMENT))
			.load();

		return kuusijarvi.projectCount() + pohjanranta.projectCount();
	}

	private Person person(String displayName, String email, String username) {
		var person = organisations.addPerson(displayName, email);
		accounts.create(person.getId(), username, PASSWORD);
		return person;
	}

	private DemoOrganisation municipality() {
		var municipality = new DemoOrganisation(organisations.create(MUNICIPALITY, OrganisationKind.MUNICIPALITY),
				organisations, goals, projects);
		municipality.serviceArea("Hallintopalvelut", "Kaupunginkanslia", "Talous- ja henkilöstöpalvelut",
				"Tietohallinto");
		municipality.serviceArea("Sivistyspalvelut", "Varhaiskasvatus", "Perusopetus",
				"Kulttuuri- ja vapaa-aikapalvelut");
		municipality.serviceArea("Tekniset palvelut", "Kiinteistöpalvelut", "Kuntatekniikka",
				"Maankäyttö ja rakennusvalvonta", "Ympäristöpalvelut");
		municipality.serviceArea("Elinvoima- ja työllisyyspalvelut", "Työllisyyspalvelut", "Elinkeinopalvelut");
		municipality.goal("prosessit", "Sisäisten prosessien sähköistäminen ja toiminnan laadullinen parantaminen");
		municipality.goal("asiointi", "Asukaspalvelujen digitalisointi ja sähköisen asioinnin lisääminen");
		municipality.goal("tietoturva", "Tietoturvan ja varautumisen parantaminen");
		municipality.goal("tietohallinto", "Tietohallinnon palvelujen laadun ja toimintavarmuuden parantaminen");
		municipality.goal("tiedolla johtaminen", "Tiedolla johtamisen vahvistaminen");
		municipality.goal("yhteentoimivuus",
				"Päällekkäisten järjestelmien vähentäminen ja yhteentoimivuuden lisääminen");
		municipality.goal("digitaidot", "Henkilöstön digitaitojen vahvistaminen");
		municipality.goal("oppiminen", "Nykyaikaiset ja yhdenvertaiset oppimisympäristöt");
		return municipality;
	}

	private DemoOrganisation wellbeingArea() {
		var area = new DemoOrganisation(organisations.create(WELLBEING_AREA, OrganisationKind.WELLBEING_AREA),
				organisations, goals, projects);
		area.serviceArea("Sosiaalipalvelut", "Lapsiperhepalvelut", "Ikääntyneiden palvelut");
		area.serviceArea("Terveyspalvelut", "Perusterveydenhuolto", "Suun terveydenhuolto");
		area.goal("asiakastieto", "Asiakastietojen yhtenäinen ja turvallinen käsittely koko alueella");
		area.goal("digipalvelut", "Digitaaliset palvelut asukkaan ensimmäisenä asiointikanavana");
		area.goal("kustannukset", "Päällekkäisten järjestelmien purkaminen ja kustannusten hallinta");
		return area;
	}

}
