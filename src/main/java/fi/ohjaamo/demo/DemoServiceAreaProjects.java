package fi.ohjaamo.demo;

import static fi.ohjaamo.demo.DemoCards.days;
import static fi.ohjaamo.demo.DemoCards.described;
import static fi.ohjaamo.demo.DemoCards.noImpact;
import static fi.ohjaamo.demo.DemoCards.daysPerProcess;
import static fi.ohjaamo.demo.DemoCards.oneOff;
import static fi.ohjaamo.demo.DemoCards.persons;
import static fi.ohjaamo.demo.DemoCards.unestimated;
import static fi.ohjaamo.demo.DemoCards.unknown;
import static fi.ohjaamo.demo.DemoCards.withVat;
import static fi.ohjaamo.demo.DemoCards.yearly;
import static fi.ohjaamo.demo.DemoCards.years;
import static fi.ohjaamo.portfolio.ResourceParty.IT;
import static fi.ohjaamo.portfolio.ResourceParty.PURCHASED;
import static fi.ohjaamo.portfolio.ResourceParty.SERVICE_AREA;

import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.Likelihood;
import fi.ohjaamo.portfolio.Priority;
import fi.ohjaamo.portfolio.ProjectKind;
import fi.ohjaamo.portfolio.ScheduleOwner;
import fi.ohjaamo.portfolio.Status;

/**
 * The municipality's projects of one service area, numbered 4.x as in the action plan. The education
 * service area writes its own cards; IT management records the steering group's decisions on them.
 */
final class DemoServiceAreaProjects {

	private static final String EDUCATION = "Sivistyspalvelut";

	private static final String TECHNICAL = "Tekniset palvelut";

	private static final String VITALITY = "Elinvoima- ja työllisyyspalvelut";

	private final DemoOrganisation city;

	private final DemoAuthors authors;

	DemoServiceAreaProjects(DemoOrganisation city, DemoAuthors authors) {
		this.city = city;
		this.authors = authors;
	}

	void load() {
		earlyEducationClientSystem();
		growthPortfolio();
		pupilDevices();
		librarySystem();
		selfServiceLibrary();
		buildingPermits();
		buildingAutomationNetworks();
		largeFormatPrinter();
		streetMaintenanceFeedback();
		environmentalInspections();
		employmentServices();
	}

	private DemoCards card(String number, String title) {
		return city.card(number, title).serviceAreaSpecific().scheduleOwner(ScheduleOwner.SERVICE_AREA);
	}

	private void earlyEducationClientSystem() {
		var card = card("4.1", "Varhaiskasvatuksen asiakastietojärjestelmän uusiminen")
			.owner(EDUCATION, "Varhaiskasvatus")
			.mandatory()
			.kind(ProjectKind.PROCUREMENT)
			.published()
			.description(
					"Varhaiskasvatuksen asiakastietojärjestelmä on elinkaarensa lopussa, eikä toimittaja enää kehitä "
							+ "sitä. Kilpailutetaan uusi järjestelmä, joka kattaa hakemukset, sijoitukset, "
							+ "asiakasmaksut, läsnäolokirjaukset ja huoltajien mobiiliasioinnin.",
					"Järjestelmän on toimitettava tiedot valtakunnalliseen varhaiskasvatuksen tietovarantoon "
							+ "(Varda) ja haettava tulotiedot tulorekisteristä asiakasmaksujen laskentaa varten.",
					"Käyttöönotto ajoitetaan toimintakauden vaihteeseen, jolloin sijoitukset muuttuvat muutenkin.")
			.changes("Huoltajat hakevat paikkaa, ilmoittavat hoitoajat ja näkevät laskunsa mobiilisovelluksessa. "
					+ "Asiakasmaksujen tarkistus automatisoituu tulorekisterin avulla, mikä vapauttaa "
					+ "maksusihteerin työaikaa noin puoli henkilötyövuotta.")
			.impacts(described("Järjestelmän omistaa varhaiskasvatus; tietohallinto vastaa integraatioista ja "
					+ "käyttöoikeuksien liittämisestä keskitettyyn identiteetinhallintaan."),
					described("Lasten ja perheiden tiedot ovat salassa pidettäviä. Käyttöoikeudet rajataan yksikön ja "
							+ "tehtävän mukaan, ja katselulokit tarkastetaan säännöllisesti."),
					described("Tulotiedot haetaan tulorekisteristä, ja tiedot toimitetaan Vardaan rajapinnan kautta. "
							+ "Vanhan järjestelmän tiedot siirretään, ja se jää lukukäyttöön kahdeksi vuodeksi."),
					described("Hakemukset ja päätökset kirjautuvat asiakastietojärjestelmään; asianhallintaan "
							+ "viedään vain oikaisuvaatimukset."))
			.goals("asiointi", "yhteentoimivuus")
			.schedule("Q4/2026", "7/2027")
			.likelihood(Likelihood.LIKELY, "Hankinta on valmisteltu yhdessä kahden naapurikunnan kanssa.")
			.priority(Priority.HIGH)
			.costs(oneOff(2027, 75_000, 95_000, "käyttöönotto ja tiedonsiirto"),
					yearly(2027, null, 32_000, "käyttömaksu"))
			.resources(days(SERVICE_AREA, 80, 120, "pääkäyttäjät, maksusihteeri ja testaajat"),
					days(IT, 25, 35, "integraatiot ja käyttöoikeudet"), days(PURCHASED, 30, "hankintakonsultti"));
		var project = city.create(authors.serviceAreaEditor(), card);
		project = city.revise(authors.itManagement(), project, card.status(Status.APPROVED)
			.costNote("Investointi on varattu vuoden 2027 talousarvioon."));
		city.revise(authors.serviceAreaEditor(), project, card.status(Status.IN_PROGRESS)
			.schedule("Q4/2026", "12/2027")
			.scheduleNote("Käyttöönotto siirtyy syksyyn, koska tarjousvertailuun pyydettiin lisäselvityksiä."));
	}

	private void growthPortfolio() {
		var card = card("4.2", "Digitaalinen kasvun kansio")
			.owner(EDUCATION, "Varhaiskasvatus")
			.kind(ProjectKind.DEPLOYMENT)
			.status(Status.DONE)
			.description("Jokaiselle varhaiskasvatuksen lapselle otettiin käyttöön digitaalinen kasvun kansio, johon "
					+ "kootaan kuvia, piirustuksia ja havaintoja lapsen oppimisesta. Henkilöstö perehdytettiin yksikkö "
					+ "kerrallaan.")
			.changes("Huoltajat näkevät lapsensa kansion sovelluksesta, eikä kuvia säilytetä enää yksiköiden "
					+ "omilla laitteilla.")
			.impacts(noImpact(), described("Kuvat tallennetaan palveluun eivätkä jää henkilökunnan puhelimiin."),
					noImpact(), noImpact())
			.goals("oppiminen", "digitaidot")
			.schedule("8/2025", "5/2026")
			.likelihood(Likelihood.CERTAIN, "Omissa käsissä.")
			.costs(yearly(2025, null, 9_500, "käyttömaksu, noin 900 lasta"))
			.resources(days(SERVICE_AREA, 30, "koordinaattori ja perehdytykset"), days(IT, 5, "käyttöönotto"));
		city.create(authors.serviceAreaEditor(), card);
	}

	private void pupilDevices() {
		var card = card("4.3", "Perusopetuksen oppilaslaitteiden elinkaarimalli")
			.owner(EDUCATION, "Perusopetus")
			.kind(ProjectKind.LIFECYCLE_UPDATE)
			.published()
			.scheduleOwner(ScheduleOwner.BOTH)
			.description(
					"Yläkoulujen oppilaiden henkilökohtaiset kannettavat hankittiin kerralla vuonna 2022, ja ne "
							+ "vanhenevat samaan aikaan. Siirrytään leasingmalliin, jossa laitteet vaihdetaan neljän "
							+ "vuoden välein ikäluokka kerrallaan.",
					"Samalla yhtenäistetään alakoulujen laitekanta: jokaiselle luokalle puolen luokan verran "
							+ "laitteita ja jokaiselle opettajalle oma kannettava.")
			.changes("Laitekustannus tasoittuu vuosittaiseksi, ja laitteet ovat aina takuun piirissä. Rikkoutuneen "
					+ "tilalle saa vaihtolaitteen saman päivän aikana.")
			.impacts(noImpact(), described("Laitteet hallitaan keskitetysti, ja kadonneen laitteen voi lukita etänä."),
					noImpact(), noImpact())
			.goals("oppiminen")
			.schedule("8/2027", "2031")
			.likelihood(Likelihood.LIKELY, "Leasing kilpailutetaan seudun kuntien yhteishankintana.")
			.priority(Priority.HIGH)
			.costs(withVat(yearly(2027, null, 200_000, 260_000, "leasing, noin 1 400 laitetta")))
			.resources(years(IT, 1, "lähituki kouluilla"), days(SERVICE_AREA, 20, "koulujen yhteyshenkilöt"));
		var project = city.create(authors.serviceAreaEditor(), card);
		city.revise(authors.itManagement(), project, card.status(Status.APPROVED)
			.costs(withVat(yearly(2027, null, 228_000, "leasing, 1 400 laitetta, kilpailutettu hinta"))));
	}

	private void librarySystem() {
		var card = card("4.4", "Kirjastojärjestelmän vaihto kirjastokimpan yhteiseen järjestelmään")
			.owner(EDUCATION, "Kulttuuri- ja vapaa-aikapalvelut")
			.kind(ProjectKind.DEPLOYMENT)
			.status(Status.IN_PROGRESS)
			.published()
			.scheduleOwner(ScheduleOwner.BOTH)
			.description("Kaupungin kirjastot siirtyvät seudun kirjastokimpan yhteiseen kirjastojärjestelmään. "
					+ "Asiakkaat saavat yhteisen verkkokirjaston ja voivat lainata ja palauttaa aineistoa mihin "
					+ "tahansa kimpan kirjastoon.")
			.changes("Asiakkaan käytössä on koko kimpan kokoelma. Oma kirjastojärjestelmä ja sen palvelin poistuvat.")
			.impacts(described("Järjestelmän ylläpito siirtyy kimpan yhteiselle pääkäyttäjätiimille."), noImpact(),
					described("Asiakasrekisteri yhdistetään kimpan rekisteriin, ja asiakkaille kerrotaan "
							+ "muutoksesta etukäteen."),
					noImpact())
			.goals("yhteentoimivuus", "asiointi")
			.schedule("Q3/2026", "Q2/2027")
			.scheduleNote("Siirtopäivä sovitaan kimpan kanssa; kirjastot ovat siirron ajan kiinni noin viikon.")
			.likelihood(Likelihood.UNCERTAIN, "Riippuu kimpan muiden kuntien aikataulusta.")
			.costs(oneOff(2026, 25_000, "kaupungin osuus liittymiskustannuksista"),
					yearly(2027, null, 14_000, "kaupungin osuus käyttömaksusta"))
			.resources(days(SERVICE_AREA, 30, 45, "kirjaston pääkäyttäjät"), days(IT, 10, "tiedonsiirto"));
		city.create(authors.serviceAreaEditor(), card);
	}

	private void selfServiceLibrary() {
		var card = card("4.5", "Omatoimikirjasto Kivilahden lähikirjastoon")
			.owner(EDUCATION, "Kulttuuri- ja vapaa-aikapalvelut")
			.kind(ProjectKind.PROCUREMENT)
			.published()
			.description("Kivilahden lähikirjasto muutetaan omatoimikirjastoksi. Asiakas pääsee sisään "
					+ "kirjastokortilla ja PIN-koodilla; tiloihin tulevat lainausautomaatti, kulunvalvonta ja "
					+ "kameravalvonta.")
			.changes("Kirjasto on auki myös iltaisin ja viikonloppuisin ilman henkilökuntaa.")
			.notAssessed("Liittyy nykyiseen kirjastojärjestelmään, jonka muutosvaikutukset on jo arvioitu.")
			.goals("asiointi")
			.schedule("5/2027", "12/2027")
			.likelihood(Likelihood.UNCERTAIN, "Riippuu tilojen muutostöiden aikataulusta.")
			.priority(Priority.LOW)
			.costs(oneOff(2027, 15_000, 18_000, "lainausautomaatti, portit ja kamerat"),
					unknown(CostKind.ONE_OFF, 2027, "rakennustyöt, ei vielä arviota"))
			.resources(days(IT, 8, "verkko ja aktiivilaitteet"), days(SERVICE_AREA, 10, "suunnittelu"));
		city.create(authors.serviceAreaEditor(), card);
	}

	private void buildingPermits() {
		var card = card("4.6", "Rakennuslupien sähköinen käsittely ja tietojen toimitus kansalliseen järjestelmään")
			.owner(TECHNICAL, "Maankäyttö ja rakennusvalvonta")
			.mandatory()
			.kind(ProjectKind.DEVELOPMENT)
			.status(Status.APPROVED)
			.published()
			.description(
					"Rakennuslupahakemukset tulevat jo sähköisesti, mutta lupapäätösten tiedot kirjataan "
							+ "rakennusvalvonnan järjestelmään käsin. Rakentamislaki edellyttää, että lupapäätösten ja "
							+ "rakennusten tiedot toimitetaan kansalliseen rakennetun ympäristön tietojärjestelmään "
							+ "tietomallin mukaisina.",
					"Otetaan käyttöön rakennusvalvonnan järjestelmän uusi versio, joka vastaanottaa hakemukset "
							+ "rajapinnan kautta ja toimittaa päätökset kansalliseen järjestelmään. Samalla "
							+ "digitoidaan vanhojen rakennuslupien pääpiirustukset, joita kysytään eniten.")
			.changes("Lupapäätösten tiedot kirjataan vain kerran. Asukas saa talonsa vanhat piirustukset verkosta "
					+ "käymättä arkistossa; arkistopyyntöjä tulee nyt noin 400 vuodessa.")
			.impacts(described("Rakennusvalvonta vastaa kansalliseen järjestelmään toimitettujen tietojen "
					+ "oikeellisuudesta."),
					noImpact(),
					described("Lupapäätösten tiedot luovutetaan kansalliseen järjestelmään rajapinnan kautta. "
							+ "Digitoidut piirustukset säilytetään sähköisessä arkistossa."),
					described("Lupa-asiat rekisteröidään edelleen rakennusvalvonnan järjestelmään; "
							+ "asianhallintaan ei tule muutoksia."))
			.goals("asiointi", "yhteentoimivuus")
			.schedule("Q1/2026", "Q4/2026")
			.priority(Priority.HIGH)
			.costs(oneOff(2026, 45_000, "järjestelmän uusi versio ja rajapinnat"),
					oneOff(2026, 60_000, 80_000, "piirustusten digitointi ostopalveluna"),
					yearly(2027, null, 6_000, "rajapinnan ylläpito"))
			.resources(days(SERVICE_AREA, 50, "lupasihteerit ja rakennustarkastajat"),
					days(IT, 15, 20, "rajapinnat ja testaus"), days(PURCHASED, 120, "digitointipalvelu"));
		var project = city.create(authors.itManagement(), card);
		project = city.revise(authors.itManagement(), project, card.status(Status.IN_PROGRESS));
		city.revise(authors.itManagement(), project, card.schedule("Q1/2026", "Q2/2027")
			.scheduleNote("Rajapinta on valmis; piirustusten digitointi jatkuu kevääseen 2027."));
	}

	private void buildingAutomationNetworks() {
		var card = card("4.7", "Kiinteistöautomaation ja kulunvalvonnan verkkojen eriyttäminen")
			.owner(TECHNICAL, "Kiinteistöpalvelut")
			.kind(ProjectKind.DEVELOPMENT)
			.scheduleOwner(ScheduleOwner.BOTH)
			.description("Kiinteistöjen automaatiojärjestelmät, kulunvalvonta ja kameravalvonta ovat osin samassa "
					+ "verkossa toimistolaitteiden kanssa, ja osaan laitteista on avattu etäyhteys suoraan "
					+ "internetistä. Laitteet siirretään omiin eristettyihin verkkoihinsa, ja etäyhteydet kulkevat "
					+ "jatkossa valvotun yhteyspalvelun kautta.")
			.changes("Kiinteistöjen järjestelmien kautta ei enää pääse kaupungin muuhun verkkoon, ja huoltoyhtiöiden "
					+ "etäyhteydet näkyvät lokissa.")
			.impacts(described("Kiinteistöpalvelut nimeää jokaiselle kiinteistöjärjestelmälle omistajan ja pitää "
					+ "laiteluettelon ajan tasalla."),
					described("Etäyhteydet edellyttävät vahvaa tunnistautumista, ja niistä jää loki."), noImpact(),
					noImpact())
			.goals("tietoturva")
			.schedule("2027", "2028")
			.likelihood(Likelihood.UNCERTAIN, "Laitekartoitus on kesken, ja huoltosopimuksia joudutaan muuttamaan.")
			.priority(Priority.HIGH)
			.costs(oneOff(2027, 35_000, 60_000, "verkkolaitteet ja asennukset"),
					yearly(2028, null, 7_500, "etäyhteyspalvelu"))
			.resources(days(IT, 40, "verkkosuunnittelu ja asennukset"),
					days(SERVICE_AREA, 20, "kiinteistöjen laitekartoitus"),
					unestimated(PURCHASED, "huoltoyhtiöiden muutostyöt"));
		city.create(authors.itManagement(), card);
	}

	private void largeFormatPrinter() {
		var card = card("4.8", "Suurkuvatulostimen uusiminen")
			.owner(TECHNICAL, "Kuntatekniikka")
			.kind(ProjectKind.LIFECYCLE_UPDATE)
			.status(Status.DONE)
			.description("Katu- ja viheralueiden suunnittelun suurkuvatulostin uusittiin, koska vanhaan ei enää "
					+ "saanut varaosia.")
			.changes("Tulostus toimii taas luotettavasti.")
			.impacts(noImpact(), noImpact(), noImpact(), noImpact())
			.lifecycleUpdate()
			.startsAt("1/2026")
			.likelihood(Likelihood.CERTAIN, "")
			.priority(Priority.LOW)
			.costs(oneOff(2026, 28_000, "tulostin ja asennus"))
			.resources(days(IT, 2, "asennus"));
		city.create(authors.itManagement(), card);
	}

	private void streetMaintenanceFeedback() {
		var card = card("4.9", "Katujen kunnossapidon palautekanava kartalla")
			.owner(TECHNICAL, "Kuntatekniikka")
			.kind(ProjectKind.DEVELOPMENT)
			.status(Status.IDEA)
			.description("Asukas voisi ilmoittaa kuopasta, rikkinäisestä valaisimesta tai auraamattomasta kadusta "
					+ "kartalla, ja ilmoitus ohjautuisi suoraan kunnossapidon työjonoon.")
			.notAssessed("Idea-vaihe")
			.goals("asiointi")
			.startsAt("2028")
			// An idea leaves open what a plan leaves open: how likely it is and who answers for its schedule.
			.likelihood(Likelihood.NOT_ASSESSED, "Selvitetään ensin, riittääkö nykyisen palautejärjestelmän laajennus.")
			.scheduleOwner(ScheduleOwner.NOT_ASSESSED)
			.costs(unknown(CostKind.RECURRING, 2028, "riippuu ratkaisusta"))
			.resources(days(SERVICE_AREA, 5, "tarpeiden kuvaus"), persons(PURCHASED, 2, "palvelumuotoilijat"),
					daysPerProcess(PURCHASED, 3, "kunnossapidon ilmoitusprosessien kuvaus"));
		city.create(authors.itManagement(), card);
	}

	private void environmentalInspections() {
		var card = card("4.10", "Ympäristövalvonnan tarkastusten mobiilikirjaus")
			.owner(TECHNICAL, "Ympäristöpalvelut")
			.kind(ProjectKind.DEPLOYMENT)
			.status(Status.APPROVED)
			.description("Ympäristötarkastajat kirjaavat tarkastukset paperille ja siirtävät ne toimistolla "
					+ "valvontajärjestelmään. Otetaan käyttöön järjestelmän mobiilisovellus, jolla tarkastus "
					+ "kirjataan ja kuvataan paikan päällä.")
			.changes("Tarkastuskertomus valmistuu samana päivänä, ja tarkastajan työaikaa vapautuu kirjaamisesta.")
			.impacts(noImpact(),
					described("Tarkastuksilla otetut kuvat tallentuvat suoraan järjestelmään eivätkä puhelimen "
							+ "kuvagalleriaan."),
					noImpact(),
					described("Tarkastuskertomukset liitetään valvontakohteen asiaan heti tarkastuksen jälkeen."))
			.goals("prosessit")
			.schedule("Q2/2027", "Q3/2027")
			.likelihood(Likelihood.CERTAIN, "Sovellus on osa nykyistä järjestelmää.")
			.priority(Priority.LOW)
			.costs(oneOff(2027, 3_500, "käyttöönotto"), yearly(2027, null, 4_800, "mobiililisenssit, 6 tarkastajaa"))
			.resources(days(SERVICE_AREA, 10, "tarkastajat"), days(IT, 3, "laitteet"));
		city.create(authors.itManagement(), card);
	}

	private void employmentServices() {
		var card = card("4.11", "Työllisyyspalvelujen asiakastietojärjestelmä")
			.owner(VITALITY, "Työllisyyspalvelut")
			.mandatory()
			.kind(ProjectKind.PROCUREMENT)
			.description(
					"Työllisyyspalvelut siirtyivät kunnan vastuulle vuoden 2025 alussa. Asiakastyötä tehdään "
							+ "kansallisessa asiakastietojärjestelmässä ja erillisissä taulukoissa, joihin kirjataan "
							+ "kunnan omat palvelut kuten palkkatuki ja työkokeilut.",
					"Selvitetään yhdessä työllisyysalueen muiden kuntien kanssa, hankitaanko omille palveluille "
							+ "yhteinen asiakastietojärjestelmä vai riittääkö kansallisen järjestelmän laajennus, ja "
							+ "kilpailutetaan valittu ratkaisu.")
			.changes("Asiakkaan kaikki palvelut näkyvät yhdestä paikasta, ja taulukot poistuvat. Valtiolle tehtävä "
					+ "raportointi saadaan suoraan järjestelmästä.")
			.impacts(described("Työllisyysalueen vastuukunta omistaa järjestelmän; muut kunnat käyttävät sitä "
					+ "sopimuksen mukaan."),
					described("Asiakastiedot ovat salassa pidettäviä. Taulukoissa nyt olevat tiedot siirtyvät "
							+ "järjestelmään, jossa käyttö lokitetaan."),
					described("Tietoja haetaan kansallisesta asiakastietojärjestelmästä ja tulorekisteristä "
							+ "rajapinnoilla."),
					described("Palkkatukipäätökset kirjataan asiakastietojärjestelmään ja arkistoidaan sieltä."))
			.goals("asiointi", "yhteentoimivuus")
			.schedule("Q1/2027", "Q2/2028")
			.likelihood(Likelihood.UNCERTAIN, "Riippuu työllisyysalueen kuntien yhteisestä päätöksestä ja "
					+ "kansallisen järjestelmän kehityksestä.")
			.priority(Priority.HIGH)
			.costs(unknown(CostKind.ONE_OFF, 2027, "hankintahinta selviää vasta kilpailutuksessa"),
					yearly(2028, null, 18_000, 30_000, "kaupungin osuus käyttömaksusta"))
			.resources(days(SERVICE_AREA, 40, 60, "asiantuntijat ja pääkäyttäjät"), days(IT, 20, "integraatiot"));
		city.create(authors.itManagement(), card);
	}

}
