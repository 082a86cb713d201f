package fi.ohjaamo.demo;

import static fi.ohjaamo.demo.DemoCards.days;
import static fi.ohjaamo.demo.DemoCards.described;
import static fi.ohjaamo.demo.DemoCards.noImpact;
import static fi.ohjaamo.demo.DemoCards.oneOff;
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

/** The municipality's infrastructure projects owned by IT management, numbered 2.x as in the action plan. */
final class DemoInfrastructureProjects {

	private static final String OWNER = "Hallintopalvelut";

	private static final String IT_UNIT = "Tietohallinto";

	private final DemoOrganisation city;

	private final DemoAuthors authors;

	DemoInfrastructureProjects(DemoOrganisation city, DemoAuthors authors) {
		this.city = city;
		this.authors = authors;
	}

	void load() {
		securityMonitoring();
		networkRenewal();
		identityManagement();
		m365Backup();
		serverUpgrades();
		continuityPlans();
		telephony();
		villageConnections();
	}

	private DemoCards card(String number, String title) {
		return city.card(number, title)
			.infrastructure()
			.owner(OWNER, IT_UNIT)
			.scheduleOwner(ScheduleOwner.IT);
	}

	private void securityMonitoring() {
		var card = card("2.1", "Tietoturvan valvontapalvelu ja poikkeamien hallinta")
			.kind(ProjectKind.DEVELOPMENT)
			.description(
					"Tietoturvaa valvotaan nyt virka-aikana tietohallinnon omin voimin. Hankitaan ympärivuorokautinen "
							+ "valvontapalvelu (SOC), johon liitetään Microsoft 365 -ympäristön, palomuurien, "
							+ "palvelinten ja työasemien lokit.",
					"Samalla sovitaan, miten poikkeama käsitellään, kun valvonta hälyttää yöllä tai viikonloppuna: "
							+ "kuka päivystää, kuka päättää palvelun sulkemisesta ja miten johto ja tarvittaessa "
							+ "Kyberturvallisuuskeskus saavat tiedon.",
					"Hanke jatkaa vuonna 2025 tehtyä tietoturvan perustason kartoitusta.")
			.changes("Poikkeamat havaitaan tunneissa eikä päivissä, ja tietohallinnon työ painottuu jälkikäteisestä "
					+ "selvittelystä ennakointiin. Palvelumaksu kasvattaa käyttötaloutta, mutta vakavan tietomurron "
					+ "kustannukset olisivat moninkertaiset.")
			.impacts(described("Poikkeamien käsittelyn vastuut kirjataan tiedonhallintamalliin ja kaupungin "
					+ "varautumissuunnitelmaan."),
					described("Lokitiedot kerätään keskitetysti ja niitä säilytetään 12 kuukautta. Palveluntarjoaja "
							+ "pääsee lokeihin, mikä otetaan huomioon sopimuksen tietoturvaliitteessä."),
					noImpact(), noImpact())
			.goals("tietoturva", "tietohallinto")
			.schedule("Q2/2026", "Q1/2027")
			.likelihood(Likelihood.LIKELY, "Palvelu hankitaan yhteishankintayksikön puitejärjestelystä.")
			.priority(Priority.HIGH)
			.costs(yearly(2026, null, 40_000, 60_000, "valvontapalvelu 24/7, hinta tarkentuu kilpailutuksessa"),
					oneOff(2026, 15_000, "käyttöönotto ja lokilähteiden liittäminen"))
			.resources(days(IT, 40, 60, "infra-asiantuntijat"),
					days(PURCHASED, 20, "palveluntarjoajan käyttöönottoprojekti"));
		var project = city.create(authors.itManagement(), card);
		project = city.revise(authors.itManagement(), project, card.status(Status.APPROVED));
		city.revise(authors.itManagement(), project, card.status(Status.IN_PROGRESS)
			.schedule("Q2/2026", "Q2/2027")
			.scheduleNote("Lokilähteiden liittäminen vie arvioitua enemmän aikaa: vanhoista palomuureista ei saa "
					+ "lokeja suoraan palveluun.")
			.likelihood(Likelihood.LIKELY, "Palvelu on hankittu; loput työstä on omissa käsissä.")
			.costs(yearly(2026, null, 47_500, "valvontapalvelu 24/7, sopimuksen mukainen hinta"),
					oneOff(2026, 15_000, "käyttöönotto ja lokilähteiden liittäminen")));
	}

	private void networkRenewal() {
		var card = card("2.2", "Toimipisteverkkojen ja langattomien verkkojen uusiminen")
			.mandatory()
			.kind(ProjectKind.LIFECYCLE_UPDATE)
			.status(Status.APPROVED)
			.published()
			.description(
					"Noin 60 toimipisteen kytkimet ja langattoman verkon tukiasemat ovat elinkaarensa lopussa, ja "
							+ "valmistajan tuki niille päättyy vuoden 2027 lopussa. Laitteet uusitaan toimipiste "
							+ "kerrallaan.",
					"Samalla otetaan käyttöön keskitetty verkonhallinta, jolla laitteiden asetukset ja päivitykset "
							+ "hoidetaan yhdestä paikasta.")
			.changes("Verkko on nopeampi ja toimintavarmempi, ja vikoja voidaan selvittää etänä ilman käyntiä "
					+ "paikan päällä. Hallintaohjelmiston lisenssit tuovat uuden vuosikustannuksen.")
			.notAssessed("Puhdas infrastruktuurihanke: verkon laitteet vaihtuvat, palvelut ja tiedot pysyvät "
					+ "ennallaan.")
			.lifecycleUpdate()
			.schedule("Q1/2027", "Q4/2027")
			.scheduleNote("Koulujen laitteet vaihdetaan kesä- ja syyslomalla.")
			.likelihood(Likelihood.CERTAIN, "Laitteet tilataan voimassa olevasta puitesopimuksesta ja asennetaan "
					+ "omin voimin.")
			.priority(Priority.HIGH)
			.costs(oneOff(2027, 180_000, 220_000, "kytkimet ja tukiasemat, noin 60 toimipistettä"),
					yearly(2027, null, 26_000, "keskitetyn verkonhallinnan lisenssit"))
			.resources(days(IT, 80, "asennukset ja konfigurointi"),
					days(PURCHASED, 40, 60, "asennusapu kiireisimpinä viikkoina"));
		city.create(authors.itManagement(), card);
	}

	private void identityManagement() {
		var card = card("2.3", "Käyttäjä- ja käyttöoikeushallinnan automatisointi")
			.kind(ProjectKind.DEVELOPMENT)
			.status(Status.APPROVED)
			.manager(authors.projectManager().personId())
			.description(
					"Käyttäjätunnukset ja käyttöoikeudet luodaan, muutetaan ja poistetaan nyt käsin palvelupyyntöjen "
							+ "perusteella. Otetaan käyttöön identiteetinhallinnan automaatio, joka saa tiedon "
							+ "aloittavista, siirtyvistä ja lähtevistä työntekijöistä suoraan HR-järjestelmästä.",
					"Ensimmäisessä vaiheessa automaatio kattaa hallintopalvelut ja sivistyspalvelut, myöhemmin koko "
							+ "henkilöstön. Roolipohjaiset oikeusprofiilit laaditaan yhdessä palvelualueiden kanssa.")
			.changes("Uusi työntekijä saa tunnukset ensimmäiseksi työpäiväksi, ja lähtevän oikeudet poistuvat heti "
					+ "työsuhteen päättyessä. Palvelupyyntöjä arvioidaan tulevan noin 1 500 vähemmän vuodessa.")
			.impacts(described("Käyttöoikeuksien myöntäminen siirtyy esihenkilöille roolien kautta; tietohallinto "
					+ "ylläpitää rooleja ja niiden sisältöä."),
					described("Oikeudet ovat ajan tasalla, ja jokaisesta muutoksesta jää lokimerkintä. Siirroissa ei "
							+ "enää kerry ylimääräisiä oikeuksia."),
					described("Henkilöstötiedot luetaan HR-järjestelmästä rajapinnan kautta; uuteen järjestelmään "
							+ "tallennetaan vain tunnistamiseen tarvittavat tiedot."),
					noImpact())
			.goals("tietoturva", "prosessit", "tietohallinto")
			.schedule("9/2025", "6/2026")
			.likelihood(Likelihood.LIKELY, "Toimittaja ja tekniikka on valittu.")
			.priority(Priority.HIGH)
			.costs(oneOff(2025, 38_000, "toteutus ja HR-integraatio"),
					yearly(2026, null, 24_000, "identiteetinhallinnan lisenssit"))
			.resources(years(IT, 0.5, "projektipäällikkö ja asiantuntija"),
					days(SERVICE_AREA, 15, 20, "henkilöstöpalvelut: prosessikuvaukset ja testaus"),
					days(PURCHASED, 30, 45, "toimittajan asiantuntijat"));
		var project = city.create(authors.itManagement(), card);
		project = city.revise(authors.projectManager(), project, card.status(Status.IN_PROGRESS));
		project = city.revise(authors.projectManager(), project, card.schedule("9/2025", "12/2026")
			.scheduleNote("HR-järjestelmän rajapinnan toimitus viivästyi kolme kuukautta."));
		city.revise(authors.projectManager(), project, card.schedule("9/2025", "3/2027")
			.scheduleNote("HR-järjestelmän rajapinnan toimitus viivästyi; sivistyspalvelujen roolit otetaan "
					+ "käyttöön vasta lukuvuoden vaihteen jälkeen.")
			.likelihood(Likelihood.UNCERTAIN, "Riippuu HR-järjestelmän toimittajan korjausversiosta.")
			.costs(oneOff(2025, 38_000, "toteutus ja HR-integraatio"),
					oneOff(2026, 9_000, "rajapinnan lisätyö"),
					yearly(2026, null, 24_000, "identiteetinhallinnan lisenssit")));
	}

	private void m365Backup() {
		var card = card("2.4", "Microsoft 365 -ympäristön varmuuskopiointi")
			.kind(ProjectKind.DEPLOYMENT)
			.description("Microsoft ei takaa sähköpostien, OneDrive-tiedostojen ja Teams-keskustelujen palauttamista "
					+ "poiston tai kiristyshaittaohjelman jälkeen. Verrataan tarjolla olevia varmistuspalveluja ja "
					+ "otetaan valittu palvelu käyttöön koko organisaatiossa.")
			.changes("Vahingossa poistetut tai salatut tiedot voidaan palauttaa. Palvelusta tulee uusi vuosikustannus.")
			.impacts(noImpact(),
					described("Varmuuskopiot säilytetään EU:n alueella, ja palautusoikeudet rajataan nimetyille "
							+ "ylläpitäjille."),
					described("Microsoft 365 -tiedoista syntyy toinen kopio palveluntarjoajalle; säilytysajat "
							+ "sovitetaan tiedonohjaussuunnitelmaan."),
					noImpact())
			.goals("tietoturva")
			.schedule("Q4/2024", "Q2/2025")
			.likelihood(Likelihood.CERTAIN, "Toteutus on omissa käsissä.")
			.priority(Priority.HIGH)
			.costs(yearly(2025, null, 25_000, 40_000, "pilvivarmistus, noin 1 900 käyttäjää"),
					oneOff(2025, 5_000, "käyttöönotto"))
			.resources(days(IT, 15, "käyttöönotto ja palautusharjoitus"));
		var project = city.create(authors.itManagement(), card);
		project = city.revise(authors.itManagement(), project, card.status(Status.APPROVED)
			.costs(yearly(2025, null, 31_200, "pilvivarmistus, 1 900 käyttäjää, sopimuksen mukainen hinta"),
					oneOff(2025, 5_000, "käyttöönotto")));
		project = city.revise(authors.itManagement(), project, card.status(Status.IN_PROGRESS));
		city.revise(authors.itManagement(), project, card.status(Status.DONE)
			.schedule("Q4/2024", "Q3/2025")
			.scheduleNote("Ensimmäinen palautusharjoitus pidettiin syyskuussa 2025."));
	}

	private void serverUpgrades() {
		var card = card("2.5", "Palvelinten käyttöjärjestelmien päivitys ja tietokantojen konsolidointi")
			.mandatory()
			.kind(ProjectKind.LIFECYCLE_UPDATE)
			.status(Status.IN_PROGRESS)
			.description(
					"Osa palvelimista toimii käyttöjärjestelmäversiolla, jonka laajennettu tuki päättyy tammikuussa "
							+ "2027. Palvelimet päivitetään tai niiden sovellukset siirretään uusille palvelimille. "
							+ "Jos sovelluksesta on tarjolla SaaS-versio, siirtymistä palveluun arvioidaan ensin.",
					"Samalla tarkistetaan SQL-tietokantojen varmistukset ja yhdistetään vähällä käytöllä olevia "
							+ "tietokantapalvelimia.")
			.changes("Palvelimet saavat taas tietoturvapäivitykset. Konsolidoinnin jälkeen palvelimia on noin "
					+ "kymmenen vähemmän.")
			.notAssessed("Puhdas infrastruktuurihanke")
			.lifecycleUpdate()
			.schedule("Q2/2026", "1/2027")
			.scheduleNote("Kaksi talouden sovelluspalvelinta siirtyy vasta, kun toimittaja julkaisee yhteensopivan "
					+ "version, arviolta keväällä 2027.")
			.likelihood(Likelihood.LIKELY, "Pääosa palvelimista on omissa käsissä; kahden sovelluksen aikataulu "
					+ "riippuu toimittajasta.")
			.priority(Priority.HIGH)
			.costs(oneOff(2026, 20_000, 45_000, "~3 000 € per palvelin toimittajan siirtotyönä"))
			.costNote("Ei jatkuvia kustannuksia; käyttöjärjestelmälisenssit sisältyvät nykyiseen sopimukseen.")
			.resources(days(IT, 60, 90, "palvelin- ja tietokanta-asiantuntijat"),
					days(PURCHASED, 10, 20, "järjestelmätoimittajien siirtotyö"));
		city.create(authors.itManagement(), card);
	}

	private void continuityPlans() {
		var card = card("2.6", "Kriittisten palvelujen jatkuvuus- ja palautumissuunnitelmat")
			.kind(ProjectKind.OTHER)
			.status(Status.APPROVED)
			.scheduleOwner(ScheduleOwner.BOTH)
			.description(
					"Kaupungin kriittisille prosesseille laaditaan yhtenäiset jatkuvuussuunnitelmat työpajoissa "
							+ "palvelualueiden kanssa. Prosessin omistaja vastaa suunnitelmasta, tietohallinto "
							+ "vetää työpajat ja kokoaa suunnitelmat.",
					"Kun prosessit on käyty läpi, tietohallinto laatii niitä tukeville järjestelmille "
							+ "palautumissuunnitelmat ja harjoittelee palautuksen vähintään kerran vuodessa.")
			.changes("Häiriötilanteessa tiedetään, mitkä palvelut palautetaan ensin ja kuka siitä päättää.")
			.impacts(described("Prosessien ja järjestelmien omistajuus ja varautumisen vastuut tarkentuvat "
					+ "tiedonhallintamallissa."),
					described("Palautusharjoitukset osoittavat, että varmuuskopiot ovat oikeasti käyttökelpoisia."),
					noImpact(), noImpact())
			.goals("tietoturva", "tietohallinto")
			.schedule("2/2027", "10/2027")
			.likelihood(Likelihood.UNCERTAIN, "Edellyttää palvelualueilta aikaa työpajoihin, ja prosessien omistajat "
					+ "on nimettävä ensin.")
			.priority(Priority.MEDIUM)
			.costNote("Ei rahallisia kustannuksia, vain omaa työtä.")
			.resources(days(SERVICE_AREA, 25, 35, "noin 1 htp prosessia kohden"),
					days(IT, 50, 70, "noin 2 htp prosessia kohden"))
			.resourceNote("Kriittisiä prosesseja arvioidaan olevan 25–35.");
		city.create(authors.itManagement(), card);
	}

	private void telephony() {
		var card = card("2.7", "Puhelinpalvelujen ja vaihteen puheluohjauksen kilpailutus")
			.mandatory()
			.kind(ProjectKind.PROCUREMENT)
			.description("Nykyisen puhelinpalvelun sopimus päättyy 31.8.2027, eikä sitä voi enää jatkaa. "
					+ "Kilpailutetaan puhe- ja liittymäpalvelut sekä vaihteen puheluohjaus. Tavoitteena on "
					+ "Teams-puheluihin liitetty ratkaisu, jossa asiakaspalvelun jonot ja takaisinsoitot hoituvat "
					+ "samassa palvelussa.")
			.changes("Asukas saa takaisinsoiton jonottamisen sijaan, ja esihenkilöt näkevät puhelutilastot. "
					+ "Vuosikustannus pysynee nykyisellä tasolla.")
			.impacts(noImpact(),
					described("Asiakaspalvelun puhelujen nauhoittaminen edellyttää tietosuojan vaikutustenarviointia "
							+ "ja nauhoitteiden käyttöoikeuksien rajaamista."),
					described("Puhelutiedot ja takaisinsoittopyynnöt tallentuvat palveluntarjoajan järjestelmään; "
							+ "säilytysajat sovitaan hankinnassa."),
					noImpact())
			.goals("asiointi", "tietohallinto")
			.schedule("Q1/2027", "8/2027")
			.likelihood(Likelihood.UNCERTAIN, "Aikataulu on tiukka; valitus markkinaoikeuteen siirtäisi "
					+ "käyttöönottoa.")
			.priority(Priority.HIGH)
			.costs(withVat(yearly(2027, 2031, 55_000, 70_000, "puhe- ja liittymäpalvelut, sopimuskausi 4 vuotta")),
					unknown(CostKind.ONE_OFF, 2027, "numeroiden siirto ja integraatiot, selviävät tarjouksista"))
			.resources(days(IT, 30, "määrittely ja käyttöönotto"),
					days(PURCHASED, 15, 20, "hankintakonsultti"));
		city.create(authors.itManagement(), card);
	}

	private void villageConnections() {
		var card = card("2.8", "Kyläkoulujen ja -kirjastojen tietoliikenneyhteyksien parantaminen")
			.kind(ProjectKind.INVESTIGATION)
			.status(Status.IDEA)
			.description("Kolmen kyläkoulun ja kahden kirjaston yhteydet ovat hitaita. Selvitetään, kannattaako "
					+ "kohteet kuiduttaa vai hoitaa yhteydet mobiiliverkon kautta.")
			.notAssessed("Idea-vaiheessa; arvioidaan, jos idea etenee ehdotukseksi.")
			.goals("tietohallinto")
			.startsAt("2028")
			.likelihood(Likelihood.UNCERTAIN, "Kuidutuksen kannattavuus riippuu alueen laajakaistahankkeesta ja "
					+ "tukirahoituksesta.")
			.priority(Priority.LOW)
			.costs(unknown(CostKind.ONE_OFF, 2028, "riippuu valitusta tekniikasta"))
			.resources(days(IT, 5, 10, "selvitystyö"));
		city.create(authors.itManagement(), card);
	}

}
