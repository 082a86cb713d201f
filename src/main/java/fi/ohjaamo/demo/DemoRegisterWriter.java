package fi.ohjaamo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.organisation.PersonView;
import fi.ohjaamo.organisation.UnitTree;
import fi.ohjaamo.portfolio.PortfolioCards;
import fi.ohjaamo.registers.Answer;
import fi.ohjaamo.registers.Assessment;
import fi.ohjaamo.registers.ContractDefinition;
import fi.ohjaamo.registers.Contracts;
import fi.ohjaamo.registers.Direction;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.Integration;
import fi.ohjaamo.registers.ProjectLinks;
import fi.ohjaamo.registers.Relation;
import fi.ohjaamo.registers.SystemDefinition;
import fi.ohjaamo.registers.VendorDefinition;
import fi.ohjaamo.registers.Vendors;
import fi.ohjaamo.registers.Verdict;
import fi.ohjaamo.registers.YearCost;
import org.jspecify.annotations.Nullable;

/** Writes the demo register through the register's own API, as IT management would enter it. */
class DemoRegisterWriter {

	private static final String VIA_PLATFORM = "Integraatioalustan (Kuntaväylä) kautta";

	/** Systems whose main user is one of the demo municipality's people rather than a name in text. */
	private static final Map<String, String> MAIN_USERS_OF_THE_ORGANISATION = Map.of(
			"Kuntaväylä", "Tiina Tietohallintojohtaja",
			"Microsoft 365", "Aino Ylläpitäjä",
			"Koulunet", "Sanna Sivistys");

	private final UUID org;

	private final UnitTree units;

	private final List<PersonView> people;

	private final InformationSystems systems;

	private final Vendors vendors;

	private final Contracts contracts;

	private final ProjectLinks links;

	private final PortfolioCards cards;

	private final LocalDate today;

	private final Map<String, UUID> vendorIds = new LinkedHashMap<>();

	private final Map<String, UUID> systemIds = new LinkedHashMap<>();

	DemoRegisterWriter(UUID org, UnitTree units, List<PersonView> people, InformationSystems systems, Vendors vendors, Contracts contracts,
			ProjectLinks links, PortfolioCards cards, LocalDate today) {
		this.org = org;
		this.units = units;
		this.people = people;
		this.systems = systems;
		this.vendors = vendors;
		this.contracts = contracts;
		this.links = links;
		this.cards = cards;
		this.today = today;
	}

	void load() {
		var rows = DemoSystemList.rows(today);
		rows.stream().map(DemoSystemList.Row::vendor).distinct().forEach(this::vendor);
		rows.forEach(this::system);
		integrations();
		costs();
		assessments();
		contracts();
		projects();
	}

	private void vendor(String name) {
		int n = vendorIds.size() + 1;
		String businessId = String.format("%07d-%d", 2_345_600 + n * 37, n % 10);
		vendorIds.put(name, vendors.add(org, new VendorDefinition(name, businessId,
				"asiakaspalvelu@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example")).getId());
	}

	private void system(DemoSystemList.Row r) {
		var unit = units.all().stream().filter(u -> u.name().equals(r.unit())).findFirst();
		UUID area = unit.map(u -> u.parentId() == null ? u.id() : u.parentId()).orElse(null);
		var definition = new SystemDefinition(r.name(), r.purpose(), area, unit.map(u -> u.id()).orElse(null),
				r.mainUser(), vendorIds.get(r.vendor()), r.users(), r.criticality(), r.hosting(), Answer.of(r.personalData()),
				r.confidential(), r.personalData() ? "Säilytysajat arkistonmuodostussuunnitelman mukaan." : "",
				Answer.of(r.logged()), r.phase(), r.since(), r.productEnds(), r.platform(), r.platformEnds());
		var person = people.stream()
			.filter(p -> p.displayName().equals(MAIN_USERS_OF_THE_ORGANISATION.get(r.name())))
			.findFirst();
		if (person.isPresent()) {
			definition = definition.withMainUserPerson(person.get().id());
		}
		systemIds.put(r.name(), systems.add(org, definition).getId());
	}

	private void integrations() {
		integrate("Palkka-Aava", "Kuntatalous Pro", Direction.OUTGOING, VIA_PLATFORM);
		integrate("Laskuvirta", "Kuntatalous Pro", Direction.OUTGOING, VIA_PLATFORM);
		integrate("Kuntatalous Pro", "Raporttikamari", Direction.OUTGOING, "Yöllinen tiedostosiirto");
		integrate("Raportointikanta", "Kuntatalous Pro", Direction.INCOMING, "Tietokantaliittymä");
		integrate("Raportointikanta", "Palkka-Aava", Direction.INCOMING, "Tiedostosiirto");
		integrate("Flexi-Aika", "Palkka-Aava", Direction.OUTGOING, "Tiedostosiirto kerran jaksossa");
		integrate("HR-Kaari", "Palkka-Aava", Direction.BOTH_WAYS, VIA_PLATFORM);
		integrate("Käyttäjähakemisto", "Microsoft 365", Direction.OUTGOING, "Hakemistosynkronointi");
		integrate("Käyttäjähakemisto", "Koulunet", Direction.OUTGOING, VIA_PLATFORM);
		integrate("HR-Kaari", "Käyttäjähakemisto", Direction.OUTGOING, VIA_PLATFORM);
		integrate("Kokousnetti", "Kuntadiaari", Direction.BOTH_WAYS, "REST-rajapinta");
		integrate("Asukasportti", "Kuntadiaari", Direction.OUTGOING, VIA_PLATFORM);
		integrate("Asukasportti", "Päiväkoti-Pro", Direction.OUTGOING, VIA_PLATFORM);
		integrate("Päiväkoti-Pro", "Kuntatalous Pro", Direction.OUTGOING, "Laskutusaineiston tiedostosiirto");
		integrate("Tilakone", "Kuntatalous Pro", Direction.OUTGOING, VIA_PLATFORM);
		integrate("Koulunet", "Koulunet Viesti", Direction.BOTH_WAYS, "Toimittajan sisäinen liittymä");
		integrate("Kartta ja Kaava", "Lupakanava", Direction.OUTGOING, "Karttapalvelurajapinta (WMS)");
		integrate("Kartta ja Kaava", "Palautekartta", Direction.OUTGOING, "Karttapalvelurajapinta (WMS)");
		integrate("Lupakanava", "Kuntadiaari", Direction.OUTGOING, VIA_PLATFORM);
		integrate("Kiinteistövalvomo", "Kiinteistödata", Direction.OUTGOING, "Hälytysliittymä");
		integrate("Tukipiste", "Käyttäjähakemisto", Direction.INCOMING, "Hakemistokysely");
		integrate("Tietoturvan valvontapalvelu", "Käyttäjähakemisto", Direction.INCOMING, "Lokien keruu");
	}

	private void integrate(String from, String to, Direction direction, String method) {
		systems.integrate(org, Seeded.named(systemIds, from), new Integration(Seeded.named(systemIds, to), direction, method));
	}

	private void costs() {
		cost("Kuntatalous Pro", 48_000, 22_000);
		cost("Laskuvirta", 14_500, 6_000);
		cost("Palkka-Aava", 39_000, 12_000);
		cost("HR-Kaari", 18_000, 9_500);
		cost("Microsoft 365", 12_000, 186_000);
		cost("Kuntadiaari", 26_000, 8_000);
		cost("Koulunet", 31_000, 24_000);
		cost("Päiväkoti-Pro", 21_000, 5_500);
		cost("Kartta ja Kaava", 27_500, 15_000);
		cost("Lainaamo", 11_000, 3_000);
		cost("Flexi-Aika", 9_800, 4_200);
		cost("Tukipiste", 7_500, 6_300);
		cost("Puheluohjaus", 42_000, 0);
		cost("Kuntaväylä", 16_000, 11_000);
	}

	/** Three years up to this one, rising a little each year as maintenance fees do. */
	private void cost(String system, int maintenance, int licences) {
		for (int back = 2; back >= 0; back--) {
			double factor = 1 - back * 0.03;
			systems.cost(org, Seeded.named(systemIds, system), new YearCost(today.getYear() - back,
					BigDecimal.valueOf(Math.round(maintenance * factor)), BigDecimal.valueOf(Math.round(licences * factor))));
		}
	}

	private void assessments() {
		int year = today.getYear();
		assess("Kuntadiaari", LocalDate.of(year - 2, 3, 15), 3, 2, Verdict.DEVELOP, "Toimii, mutta sähköinen asiointi ei liity siihen.");
		assess("Kuntadiaari", LocalDate.of(year - 1, 4, 10), 2, 1, Verdict.REPLACE, "Palvelinalusta vanhentunut, toimittaja ei enää kehitä versiota.");
		assess("Päiväkoti-Pro", LocalDate.of(year - 1, 9, 1), 2, 2, Verdict.REPLACE, "Huoltajien sähköinen asiointi puuttuu.");
		assess("Lainaamo", LocalDate.of(year - 1, 5, 20), 3, 2, Verdict.RETIRE, "Siirrytään kirjastokimpan yhteiseen järjestelmään.");
		assess("Flexi-Aika", LocalDate.of(year - 1, 11, 5), 3, 1, Verdict.REPLACE, "Toimittajan tuki päättyy.");
		assess(DemoSystemList.PRINT_SERVER, LocalDate.of(year - 1, 2, 1), 4, 1, Verdict.DEVELOP, "Toimii, mutta palvelimen käyttöjärjestelmä on vanha.");
		assess("Kuntatalous Pro", LocalDate.of(year - 1, 6, 1), 4, 4, Verdict.KEEP, "");
		assess("Koulunet", LocalDate.of(year - 1, 6, 1), 4, 4, Verdict.KEEP, "");
		assess("Microsoft 365", LocalDate.of(year - 1, 6, 1), 5, 5, Verdict.KEEP, "");
		assess("Intranet Kantri", LocalDate.of(year - 2, 10, 1), 2, 2, Verdict.REPLACE, "Sisällöt siirretään Microsoft 365 -ympäristöön.");
		assess("Raportointikanta", LocalDate.of(year - 1, 8, 15), 3, 2, Verdict.REPLACE, "Tietokanta-alustan tuki on päättynyt.");
		assess("Kulunvalvonta", LocalDate.of(year - 1, 3, 1), 4, 2, Verdict.DEVELOP, "Palvelinalusta päivitettävä.");
		// Enough assessments for the lifecycle chart to fill each of its quarters, some on the same scores.
		assess("Verkkosivujen julkaisujärjestelmä", LocalDate.of(year - 1, 9, 20), 2, 4, Verdict.REPLACE, "Toimii luotettavasti, mutta uuden verkkopalvelun rakenne ja saavutettavuusvaatimukset eivät taivu siihen.");
		assess("Ateria", LocalDate.of(year - 1, 10, 2), 2, 4, Verdict.REPLACE, "Ruokatilaukset hoituvat, mutta erityisruokavalioiden hallinta puuttuu.");
		assess("Laskuvirta", LocalDate.of(year - 1, 6, 1), 4, 4, Verdict.KEEP, "");
		assess("Tarjouskamu", LocalDate.of(year - 1, 6, 1), 4, 3, Verdict.KEEP, "");
		assess("Asukasportti", LocalDate.of(year - 1, 6, 1), 3, 4, Verdict.DEVELOP, "Lomakkeita siirretään vielä paperilta verkkoon.");
		assess("Persona 2000", LocalDate.of(year - 1, 1, 20), 1, 1, Verdict.RETIRE, "Tiedot on siirretty HR-Kaareen, järjestelmä jää vain arkistokäyttöön.");
	}

	private void assess(String system, LocalDate on, int fit, int condition, Verdict verdict, String note) {
		systems.assess(org, Seeded.named(systemIds, system), new Assessment(on, fit, condition, verdict, note));
	}

	private void contracts() {
		contract("Puhelu Oy", "Puhelin- ja vaihdepalvelut", List.of("Puheluohjaus"), 168_000,
				today.minusYears(4).withDayOfMonth(1), today.plusMonths(5).withDayOfMonth(1).minusDays(1), 3,
				"Yksi vuoden optiokausi, käytetty.", "Hilma 2022-123456");
		contract("Aikaleima Oy", "Työajanseurannan ylläpito", List.of("Flexi-Aika"), 14_000,
				LocalDate.of(2014, 3, 1), DemoSystemList.rows(today).stream().filter(r -> r.name().equals("Flexi-Aika"))
					.findFirst().map(DemoSystemList.Row::productEnds).orElseThrow().minusDays(1), 2,
				"", "");
		contract("Numerus Oy", "Taloushallinnon järjestelmät palveluna", List.of("Kuntatalous Pro", "Laskuvirta",
				"Raporttikamari"), 620_000, LocalDate.of(2022, 1, 1), LocalDate.of(2029, 12, 31), 6,
				"Kaksi kahden vuoden optiokautta.", "Hilma 2021-045678");
		contract("Palkka-Aava Oy", "Palkanlaskennan ja henkilöstöhallinnon palvelut", List.of("Palkka-Aava", "HR-Kaari"),
				540_000, LocalDate.of(2019, 1, 1), null, 12, "", "Kuntaliiton puitejärjestely");
		contract("Microsoft Oy", "Microsoft 365 -lisenssit (EA)", List.of("Microsoft 365", "Opinpolku",
				"Käyttäjähakemisto"), 595_000, LocalDate.of(2024, 7, 1), LocalDate.of(2027, 6, 30), 3,
				"Lisenssimäärät tarkistetaan vuosittain.", "KL-Kuntahankinnat");
		contract("Oppiva Oy", "Oppilashallinnon järjestelmät", List.of("Koulunet", "Koulunet Viesti"), 275_000,
				LocalDate.of(2020, 8, 1), LocalDate.of(2028, 7, 31), 6, "Yksi kahden vuoden optiokausi.", "Hilma 2020-011122");
		contract("Dokumentti Oy", "Asianhallinnan ja kokoushallinnan ylläpito", List.of("Kuntadiaari", "Kokousnetti"),
				190_000, LocalDate.of(2012, 3, 1), null, 6, "", "");
		contract("Sivistystieto Oy", "Varhaiskasvatuksen järjestelmän ylläpito", List.of("Päiväkoti-Pro"), 120_000,
				LocalDate.of(2010, 8, 1), null, 6, "", "");
		contract("Kartta ja Kaava Oy", "Paikkatiedon seudullinen yhteistyö", List.of("Kartta ja Kaava", "Lupakanava"),
				310_000, LocalDate.of(2021, 1, 1), LocalDate.of(2030, 12, 31), 12, "", "Seudullinen sopimus");
		contract("Kuntien Tiera Oy", "Integraatioalusta palveluna", List.of("Kuntaväylä"), 135_000,
				LocalDate.of(2022, 1, 1), null, 6, "", "Sidosyksikköhankinta");
	}

	private void contract(String vendor, String subject, List<String> covered, int value, LocalDate start,
			@Nullable LocalDate end, int noticeMonths, String options, String procurement) {
		contracts.add(org, new ContractDefinition(Seeded.named(vendorIds, vendor), subject, "", covered.stream()
			.map(systemIds::get).toList(), BigDecimal.valueOf(value), start, end, noticeMonths, options, procurement,
				procurement.isEmpty() ? "" : "Asianhallinta, sopimukset / " + subject));
	}

	private void projects() {
		link("3.1", "Kuntadiaari", Relation.REPLACES);
		link("3.2", "Sähköinen arkisto", Relation.INTEGRATES);
		link("3.3", "Raportointikanta", Relation.REPLACES);
		link("3.5", "Intranet Kantri", Relation.REPLACES);
		link("3.6", "Flexi-Aika", Relation.REPLACES);
		link("3.7", "Asukasportti", Relation.UPGRADES);
		link("2.1", "Tietoturvan valvontapalvelu", Relation.INTEGRATES);
		link("2.2", "Verkonhallinta", Relation.REPLACES);
		link("2.3", "Käyttäjähakemisto", Relation.INTEGRATES);
		link("2.5", "Käyttäjähakemisto", Relation.UPGRADES);
		link("2.5", "Valvontakirja", Relation.UPGRADES);
		link("2.7", "Puheluohjaus", Relation.REPLACES);
		link("4.1", "Päiväkoti-Pro", Relation.REPLACES);
		link("4.4", "Lainaamo", Relation.RETIRES);
		link("4.6", "Lupakanava", Relation.UPGRADES);
		link("4.7", "Kulunvalvonta", Relation.INTEGRATES);
		link("4.9", "Palautekartta", Relation.UPGRADES);
		link("4.10", "Valvontakirja", Relation.INTEGRATES);
		link("4.11", "Työkanava", Relation.REPLACES);
	}

	private void link(String projectNumber, String system, Relation relation) {
		cards.numbered(org, projectNumber).stream().findFirst()
			.ifPresent(project -> links.link(org, Seeded.named(systemIds, system), project, relation));
	}

}
