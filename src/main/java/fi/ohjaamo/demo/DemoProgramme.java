package fi.ohjaamo.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisation;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.PersonView;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.organisation.UnitView;
import fi.ohjaamo.portfolio.PortfolioFilter;
import fi.ohjaamo.portfolio.PortfolioQuery;
import fi.ohjaamo.portfolio.PortfolioRow;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.strategy.ActionResponsible;
import fi.ohjaamo.strategy.ProgrammeStatus;
import fi.ohjaamo.strategy.Programmes;
import fi.ohjaamo.strategy.SpearheadThemes;
import fi.ohjaamo.strategy.Strategies;
import fi.ohjaamo.strategy.Worksites;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo municipality a digitalisation programme laid out like Helsinki's IT programme: spearhead themes,
 * the worksites where each theme becomes concrete, and some of the demo projects placed on those worksites (each
 * placement saved as a new version of the card, by the IT director). Added once, when the municipality exists
 * and has no programme yet.
 */
@Component
@Order(14)
@ConditionalOnBooleanProperty("ohjaamo.demo.enabled")
class DemoProgramme implements ApplicationRunner {

	static final String PROGRAMME = "Kuusijärven digitalisaatio-ohjelma 2025–2028";

	private final Organisations organisations;

	private final Strategies strategies;

	private final Programmes programmes;

	private final SpearheadThemes themes;

	private final Worksites worksites;

	private final Projects projects;

	private final PortfolioQuery portfolio;

	private final TransactionTemplate transaction;

	DemoProgramme(Organisations organisations, Strategies strategies, Programmes programmes, SpearheadThemes themes,
			Worksites worksites, Projects projects, PortfolioQuery portfolio,
			PlatformTransactionManager transactionManager) {
		this.organisations = organisations;
		this.strategies = strategies;
		this.programmes = programmes;
		this.themes = themes;
		this.worksites = worksites;
		this.projects = projects;
		this.portfolio = portfolio;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		organisations.named(DemoData.MUNICIPALITY)
			.filter(o -> programmes.of(o.getId()).isEmpty())
			.ifPresent(o -> transaction.executeWithoutResult(status -> load(o)));
	}

	private void load(Organisation municipality) {
		UUID org = municipality.getId();
		Map<String, UUID> unit = organisations.unitsOf(org).all().stream()
			.collect(Collectors.toMap(UnitView::name, UnitView::id, (a, b) -> a));
		Map<String, UUID> person = organisations.peopleOf(org).stream()
			.collect(Collectors.toMap(PersonView::displayName, PersonView::id, (a, b) -> a));
		UUID strategy = strategies.currentId(org).orElse(null);
		UUID p = programmes.seed(org, PROGRAMME, 2025, 2028,
				"Ohjelma vie tietohallintostrategian tavoitteet käytäntöön neljän kärkiteeman kautta. Jokaisella "
						+ "kärkiteemalla on muutama työmaa, joiden vastuutahot pitävät huolen hankkeiden tavoitteista, "
						+ "etenemisestä ja raportoinnista. Ohjelmaa seurataan kahdesti vuodessa seurantaraportissa.",
				strategy, ProgrammeStatus.ACTIVE);
		var it = ActionResponsible.unit(Seeded.named(unit, "Tietohallinto"));
		var chancery = ActionResponsible.unit(Seeded.named(unit, "Kaupunginkanslia"));
		var tiina = ActionResponsible.person(Seeded.named(person, "Tiina Tietohallintojohtaja"));

		UUID services = themes.seed(org, p, "Digitaaliset asukaspalvelut",
				"Asukas hoitaa asiansa verkossa silloin kun haluaa, ja palvelut suunnitellaan yhdessä käyttäjien kanssa.");
		UUID data = themes.seed(org, p, "Avoin tieto ja yhteiset rajapinnat",
				"Kaupungin tieto on käytettävissä päätöksenteossa ja avoimena datana, ja järjestelmät puhuvat keskenään.");
		UUID buying = themes.seed(org, p, "Hallittu ICT-hankinta",
				"Toimittajariippuvuus vähenee ja kilpailu lisääntyy, kun ohjelmistohankinnoille on yhteiset linjaukset.");
		UUID steering = themes.seed(org, p, "Strateginen tietohallinto ja toimintavarmuus",
				"Kaupunginkanslian rooli ICT-päätösten valmistelussa vahvistuu, ja yhteiset perusratkaisut toimivat.");

		UUID eServices = site(org, services, "Sähköisen asioinnin kokonaisuus",
				"Asiointipalvelu, Suomi.fi-tunnistus ja -viestit yhteen kokonaisuuteen.", tiina);
		UUID serviceDesign = site(org, services, "Palvelumuotoilu palvelualoilla",
				"Palvelualat saavat tukea käyttäjälähtöiseen kehittämiseen.", ActionResponsible.role("Palvelumuotoilija"));
		UUID openData = site(org, data, "Tiedolla johtamisen tietovarasto",
				"Johtoryhmät käyttävät samoja, järjestelmistä automaattisesti koottuja lukuja.", it);
		UUID interfaces = site(org, data, "Asianhallinta ja arkisto samaan ketjuun",
				"Asiakirja kulkee valmistelusta päätökseen ja pitkäaikaissäilytykseen ilman käsityötä.", chancery);
		site(org, buying, "Ohjelmistohankintojen peruslinjat",
				"Hankintastrategiat valmisohjelmistoille, pilvipalveluille ja räätälöinnille.", chancery);
		UUID network = site(org, steering, "Turvallinen perusinfrastruktuuri",
				"Verkot, käyttöoikeudet ja tietoturvan valvonta kuntoon koko kaupungissa.", it);
		UUID skills = site(org, steering, "Digituki ja osaaminen",
				"Jokainen työyhteisö saa digitukihenkilön ja koulutusta keskeisiin välineisiin.",
				ActionResponsible.unit(Seeded.named(unit, "Talous- ja henkilöstöpalvelut")));

		var director = new CurrentUser(Seeded.named(person, "Tiina Tietohallintojohtaja"), "Tiina Tietohallintojohtaja", org,
				municipality.getName(), EnumSet.of(Role.IT_MANAGEMENT), Set.of(), List.of());
		place(director, "Asukkaiden asiointipalvelu ja Suomi.fi-palvelujen käyttöönotto", eServices);
		place(director, "Katujen kunnossapidon palautekanava kartalla", eServices);
		place(director, "Digitaalinen kasvun kansio", serviceDesign);
		place(director, "Tietovarasto ja johdon raportointi", openData);
		place(director, "Sähköinen pitkäaikaissäilytys", interfaces);
		place(director, "Tietoturvan valvontapalvelu ja poikkeamien hallinta", network);
		place(director, "Käyttäjä- ja käyttöoikeushallinnan automatisointi", network);
		place(director, "Henkilöstön digitaitojen koulutusohjelma", skills);
	}

	private UUID site(UUID org, UUID theme, String name, String description, ActionResponsible responsible) {
		return worksites.seed(org, theme, name, description, responsible);
	}

	/** Saves the project's latest card again, now on the worksite; a title no longer in the demo is skipped. */
	private void place(CurrentUser director, String title, UUID worksite) {
		var filter = new PortfolioFilter(title, List.of(), List.of(), List.of(), null, List.of(), null, null, List.of(),
				null, null, null, null, null, null, null, null, 1, null);
		portfolio.find(director.organisationId(), filter)
			.rows()
			.stream()
			.map(PortfolioRow::id)
			.findFirst()
			.map(id -> projects.get(director.organisationId(), id))
			.filter(project -> project.getTitle().equals(title))
			.ifPresent(project -> projects.revise(director, project.getId(), project.card().onWorksite(worksite),
					project.getRevision()));
	}

}
