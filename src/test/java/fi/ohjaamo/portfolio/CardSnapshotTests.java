package fi.ohjaamo.portfolio;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Every kept version of a card stays readable, whatever shape it was stored in. The examples under
 * {@code card-snapshots/} are versions as the application stored them (from the demo data), one per shape: before
 * the stored shape had a version (schema 1, with and without the worksite added later) and as written now
 * (schema 2).
 */
class CardSnapshotTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readsAVersionStoredBeforeWorksitesAsTheCardWithEveryField() {
		var card = CardSnapshot.read(json, stored("schema-1-before-worksites.json"));

		String reason = "Puhdas infrastruktuurihanke: verkon laitteet vaihtuvat, palvelut ja tiedot pysyvät ennallaan.";
		var notAssessed = new ImpactPart(ImpactState.NOT_ASSESSED, reason);
		assertThat(card).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(ProjectCard.blank(id("17237b87-508c-4750-8ed7-61937706de7b"))
				.toBuilder()
				.title("Toimipisteverkkojen ja langattomien verkkojen uusiminen")
				.number("2.2")
				.category(Category.INFRASTRUCTURE)
				.unitId(id("ac53477d-718c-4d27-a8e2-64ac227fc861"))
				.obligation(Obligation.MANDATORY)
				.kind(ProjectKind.LIFECYCLE_UPDATE)
				.status(Status.APPROVED)
				.visibility(Visibility.PUBLIC)
				.description("Noin 60 toimipisteen kytkimet ja langattoman verkon tukiasemat ovat elinkaarensa lopussa, ja "
						+ "valmistajan tuki niille päättyy vuoden 2027 lopussa. Laitteet uusitaan toimipiste "
						+ "kerrallaan.\n\nSamalla otetaan käyttöön keskitetty verkonhallinta, jolla laitteiden "
						+ "asetukset ja päivitykset hoidetaan yhdestä paikasta.")
				.impactSummary("Verkko on nopeampi ja toimintavarmempi, ja vikoja voidaan selvittää etänä ilman käyntiä paikan "
						+ "päällä. Hallintaohjelmiston lisenssit tuovat uuden vuosikustannuksen.")
				.impactOrganisation(notAssessed)
				.impactSecurity(notAssessed)
				.impactData(notAssessed)
				.impactCaseManagement(notAssessed)
				.noStrategicGoal(true)
				.scheduleStart("Q1/2027")
				.scheduleEnd("Q4/2027")
				.scheduleNote("Koulujen laitteet vaihdetaan kesä- ja syyslomalla.")
				.likelihood(Likelihood.CERTAIN)
				.likelihoodNote("Laitteet tilataan voimassa olevasta puitesopimuksesta ja asennetaan omin voimin.")
				.priority(Priority.HIGH)
				.scheduleOwner(ScheduleOwner.IT)
				.costs(List.of(cost(CostKind.ONE_OFF, 2027, null, "180000", "220000", false, Vat.EXCLUDED,
						"kytkimet ja tukiasemat, noin 60 toimipistettä"),
						cost(CostKind.RECURRING, 2027, null, "26000", null, false, Vat.EXCLUDED,
						"keskitetyn verkonhallinnan lisenssit")))
				.resources(List.of(resource(ResourceParty.IT, EffortUnit.PERSON_DAYS, "80", null, "asennukset ja konfigurointi"),
						resource(ResourceParty.PURCHASED, EffortUnit.PERSON_DAYS, "40", "60",
						"asennusapu kiireisimpinä viikkoina")))
				.build());
		assertThat(card.worksiteId()).as("a version from before worksites is on none").isNull();
	}

	@Test
	void readsAVersionStoredBeforeTheSchemaOnAWorksiteAsTheCardWithEveryField() {
		var card = CardSnapshot.read(json, stored("schema-1-on-a-worksite.json"));

		assertThat(card).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(identityAutomation());
	}

	@Test
	void readsAVersionOfTheCurrentSchemaAsTheCardWithEveryField() {
		var card = CardSnapshot.read(json, stored("schema-2.json"));

		var described = List.of(
				"Kirjaamon ja valmistelijoiden vastuut kuvataan uudelleen. Järjestelmän omistajuus pysyy "
						+ "kaupunginkanslialla, ja pääkäyttäjyys keskitetään kahdelle henkilölle.",
				"Salassa pidettävien asiakirjojen käsittely rajataan asiakohtaisilla oikeuksilla, ja kaikista "
						+ "katseluista ja muutoksista jää loki. Palvelun tietoturvavaatimukset kirjataan "
						+ "hankinta-asiakirjoihin.",
				"Vireillä olevat asiat siirretään uuteen järjestelmään. Päätökset julkaistaan verkkosivuilla "
						+ "rajapinnan kautta ilman käsityötä.",
				"Asioiden rekisteröinti ja seuranta siirtyvät uuteen järjestelmään. Diaarinumerointi jatkuu "
						+ "katkeamatta, ja tiedonohjaussuunnitelma ohjaa säilytysaikoja.");
		assertThat(card).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(ProjectCard.blank(id("7990db4e-c9fa-4af9-b6af-9fc88f7a9a29"))
				.toBuilder()
				.title("Asianhallintajärjestelmän uusiminen")
				.number("3.1")
				.category(Category.CITY_WIDE)
				.unitId(id("ce7ae592-08de-41b8-9c2c-935658370dfc"))
				.obligation(Obligation.MANDATORY)
				.kind(ProjectKind.PROCUREMENT)
				.status(Status.APPROVED)
				.visibility(Visibility.PUBLIC)
				.projectManagerId(id("5f6e5b66-dc34-4271-afc8-b4fcde0f541f"))
				.description("Nykyisen asianhallintajärjestelmän toimittaja lopettaa käytössämme olevan version tuen vuoden "
						+ "2028 alussa. Uusi järjestelmä kilpailutetaan SaaS-palveluna, ja siihen siirtyvät asioiden "
						+ "vireillepano ja käsittely, toimielinten kokoukset ja päätöksenteko sekä kirjaamon työ.\n\n"
						+ "Järjestelmän on täytettävä tiedonhallintalain vaatimukset koko tiedon elinkaaren ajan. "
						+ "Tiedonohjaussuunnitelma rakennetaan uuteen järjestelmään alusta alkaen, eikä vanhaa "
						+ "tehtäväluokitusta siirretä sellaisenaan.\n\nPäättyneet asiat siirretään sähköiseen "
						+ "pitkäaikaissäilytykseen (hanke 3.2), joten uuteen järjestelmään siirretään vain vireillä "
						+ "olevat asiat ja viiden viimeisen vuoden pöytäkirjat.\n\nHankinnassa varaudutaan "
						+ "rajapintoihin talous- ja henkilöstöhallinnon järjestelmiin, verkkosivujen päätöshakuun ja "
						+ "Suomi.fi-viesteihin.")
				.impactSummary("Asiakirjat kulkevat valmistelusta päätökseen ja arkistoon yhdessä järjestelmässä. Kahden "
						+ "järjestelmän rinnakkaiskäytöstä luovutaan, mikä pienentää ylläpitokustannuksia noin "
						+ "20 000 euroa vuodessa. Esityslistat kootaan suoraan valmisteluista, mikä nopeuttaa "
						+ "kokousten valmistelua.")
				.impactOrganisation(new ImpactPart(ImpactState.DESCRIBED, described.get(0)))
				.impactSecurity(new ImpactPart(ImpactState.DESCRIBED, described.get(1)))
				.impactData(new ImpactPart(ImpactState.DESCRIBED, described.get(2)))
				.impactCaseManagement(new ImpactPart(ImpactState.DESCRIBED, described.get(3)))
				.goalIds(List.of(id("9da88f3f-50d2-42fd-92e6-29ea378752e1"), id("afe2aacf-ff21-428c-b71a-103a11025f74")))
				.scheduleStart("3/2027")
				.scheduleEnd("9/2028")
				.scheduleNote("Hankintapäätös siirtyi kaupunginhallituksen maaliskuun kokoukseen; vanhan version jatkotuesta "
						+ "neuvotellaan toimittajan kanssa.")
				.likelihood(Likelihood.UNCERTAIN)
				.likelihoodNote("Kilpailutus voi viivästyä valitusten vuoksi, ja tiedonsiirron laajuus tarkentuu vasta "
						+ "tarjouksista.")
				.priority(Priority.HIGH)
				.scheduleOwner(ScheduleOwner.SERVICE_AREA)
				.costs(List.of(cost(CostKind.ONE_OFF, 2027, null, "150000", "180000", false, Vat.EXCLUDED,
						"hankinta ja käyttöönotto, sisältää tiedonsiirron"),
						cost(CostKind.RECURRING, 2028, null, "46000", null, false, Vat.EXCLUDED,
						"SaaS-käyttömaksu markkinakartoituksen perusteella"),
						new CostLine(CostKind.ONE_OFF, 2028, null, null, null, true, Vat.EXCLUDED,
						"integraatiot talous- ja henkilöstöjärjestelmiin")))
				.costNote("Investointi on varattu vuoden 2027 talousarvioon.")
				.resources(List.of(resource(ResourceParty.SERVICE_AREA, EffortUnit.PERSON_YEARS, "1.5", "2",
						"kirjaamo, arkistotoimi ja pääkäyttäjät"),
						resource(ResourceParty.IT, EffortUnit.PERSON_YEARS, "0.5", null,
						"integraatiot ja tekninen käyttöönotto"),
						resource(ResourceParty.PURCHASED, EffortUnit.PERSON_DAYS, "60", "90",
						"hankinta- ja tiedonsiirtoasiantuntijat")))
				.build());
	}

	/**
	 * A field renamed or dropped from the card would leave that field of every kept version unread. Such a change
	 * raises the schema, with an upgrade step and a stored example of the new shape; a field added is fine.
	 */
	@Test
	void theShapeWrittenNowStillHasEveryFieldOfTheCurrentSchema() {
		var example = json.readTree(stored("schema-" + CardSnapshot.SCHEMA + ".json"));
		var written = json.readTree(CardSnapshot.of(identityAutomation()).write(json));

		assertThat(written.propertyNames()).containsExactlyInAnyOrderElementsOf(example.propertyNames());
		assertThat(written.get("card").propertyNames()).containsAll(example.get("card").propertyNames());
		assertThat(written.get("card").get("costs").get(0).propertyNames())
			.containsAll(example.get("card").get("costs").get(0).propertyNames());
		assertThat(written.get("card").get("resources").get(0).propertyNames())
			.containsAll(example.get("card").get("resources").get(0).propertyNames());
		assertThat(written.get("card").get("impactData").propertyNames())
			.containsAll(example.get("card").get("impactData").propertyNames());
	}

	@Test
	void aVersionSavedNowCarriesTheCurrentSchemaAndReadsBackAsTheSameCard() {
		var card = identityAutomation();

		String stored = CardSnapshot.of(card).write(json);

		assertThat(json.readTree(stored).get("schema").intValue()).isEqualTo(CardSnapshot.SCHEMA).isEqualTo(2);
		assertThat(json.readTree(stored).get("card").get("title").stringValue()).isEqualTo(card.title());
		assertThat(CardSnapshot.read(json, stored)).isEqualTo(card);
	}

	@Test
	void refusesAVersionWrittenByANewerApplicationInsteadOfMisreadingIt() {
		String fromTheFuture = "{\"schema\":" + (CardSnapshot.SCHEMA + 1) + ",\"card\":{\"title\":\"Tuleva\"}}";

		assertThatIllegalStateException().isThrownBy(() -> CardSnapshot.read(json, fromTheFuture))
			.withMessageContaining("newer");
	}

	/** The demo's identity automation project as it stood, on a worksite and with a project manager. */
	private static ProjectCard identityAutomation() {
		return ProjectCard.blank(id("17237b87-508c-4750-8ed7-61937706de7b"))
			.toBuilder()
			.title("Käyttäjä- ja käyttöoikeushallinnan automatisointi")
			.number("2.3")
			.category(Category.INFRASTRUCTURE)
			.unitId(id("ac53477d-718c-4d27-a8e2-64ac227fc861"))
			.obligation(Obligation.SELECTED)
			.kind(ProjectKind.DEVELOPMENT)
			.status(Status.IN_PROGRESS)
			.visibility(Visibility.INTERNAL)
			.projectManagerId(id("120991a4-436e-45d3-af3f-50da9739ca7f"))
			.description("Käyttäjätunnukset ja käyttöoikeudet luodaan, muutetaan ja poistetaan nyt käsin palvelupyyntöjen "
					+ "perusteella. Otetaan käyttöön identiteetinhallinnan automaatio, joka saa tiedon aloittavista, "
					+ "siirtyvistä ja lähtevistä työntekijöistä suoraan HR-järjestelmästä.\n\nEnsimmäisessä vaiheessa "
					+ "automaatio kattaa hallintopalvelut ja sivistyspalvelut, myöhemmin koko henkilöstön. "
					+ "Roolipohjaiset oikeusprofiilit laaditaan yhdessä palvelualueiden kanssa.")
			.impactSummary("Uusi työntekijä saa tunnukset ensimmäiseksi työpäiväksi, ja lähtevän oikeudet poistuvat heti "
					+ "työsuhteen päättyessä. Palvelupyyntöjä arvioidaan tulevan noin 1 500 vähemmän vuodessa.")
			.impactOrganisation(new ImpactPart(ImpactState.DESCRIBED,
					"Käyttöoikeuksien myöntäminen siirtyy esihenkilöille roolien kautta; tietohallinto ylläpitää "
					+ "rooleja ja niiden sisältöä."))
			.impactSecurity(new ImpactPart(ImpactState.DESCRIBED,
					"Oikeudet ovat ajan tasalla, ja jokaisesta muutoksesta jää lokimerkintä. Siirroissa ei enää "
					+ "kerry ylimääräisiä oikeuksia."))
			.impactData(new ImpactPart(ImpactState.DESCRIBED,
					"Henkilöstötiedot luetaan HR-järjestelmästä rajapinnan kautta; uuteen järjestelmään tallennetaan "
					+ "vain tunnistamiseen tarvittavat tiedot."))
			.impactCaseManagement(new ImpactPart(ImpactState.NO_IMPACT, ""))
			.goalIds(List.of(id("3f014577-c26f-4642-ad9c-2a1494fdc97d"), id("f95fce0f-8a26-4439-b3bb-edb48c0a246e"),
					id("faebf4d8-f07f-40f1-a814-441f9cdd4564")))
			.scheduleStart("9/2025")
			.scheduleEnd("3/2027")
			.scheduleNote("HR-järjestelmän rajapinnan toimitus viivästyi; sivistyspalvelujen roolit otetaan käyttöön vasta "
					+ "lukuvuoden vaihteen jälkeen.")
			.likelihood(Likelihood.UNCERTAIN)
			.likelihoodNote("Riippuu HR-järjestelmän toimittajan korjausversiosta.")
			.priority(Priority.HIGH)
			.scheduleOwner(ScheduleOwner.IT)
			.costs(List.of(cost(CostKind.ONE_OFF, 2025, null, "38000", null, false, Vat.EXCLUDED,
					"toteutus ja HR-integraatio"),
					cost(CostKind.ONE_OFF, 2026, null, "9000", null, false, Vat.EXCLUDED, "rajapinnan lisätyö"),
					cost(CostKind.RECURRING, 2026, null, "24000", null, false, Vat.EXCLUDED,
					"identiteetinhallinnan lisenssit")))
			.resources(List.of(resource(ResourceParty.IT, EffortUnit.PERSON_YEARS, "0.5", null,
					"projektipäällikkö ja asiantuntija"),
					resource(ResourceParty.SERVICE_AREA, EffortUnit.PERSON_DAYS, "15", "20",
					"henkilöstöpalvelut: prosessikuvaukset ja testaus"),
					resource(ResourceParty.PURCHASED, EffortUnit.PERSON_DAYS, "30", "45",
					"toimittajan asiantuntijat")))
			.worksiteId(id("e2ba689d-4ad9-4f7c-a048-1c6b44a7d02c"))
			.build();
	}

	private static CostLine cost(CostKind kind, int from, @Nullable Integer to, String min, @Nullable String max,
			boolean unknown, Vat vat, String note) {
		return new CostLine(kind, from, to, new BigDecimal(min), max == null ? null : new BigDecimal(max), unknown, vat,
				note);
	}

	private static ResourceLine resource(ResourceParty party, EffortUnit unit, String min, @Nullable String max,
			String note) {
		return new ResourceLine(party, unit, new BigDecimal(min), max == null ? null : new BigDecimal(max), note);
	}

	private static UUID id(String text) {
		return UUID.fromString(text);
	}

	private static String stored(String name) {
		try (InputStream in = CardSnapshotTests.class.getResourceAsStream("card-snapshots/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
