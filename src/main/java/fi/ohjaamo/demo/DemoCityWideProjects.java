package fi.ohjaamo.demo;

import static fi.ohjaamo.demo.DemoCards.days;
import static fi.ohjaamo.demo.DemoCards.described;
import static fi.ohjaamo.demo.DemoCards.inSummary;
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

/** The municipality's projects that concern the whole city, numbered 3.x as in the action plan. */
final class DemoCityWideProjects {

	private static final String ADMINISTRATION = "Hallintopalvelut";

	private static final String CHANCERY = "Kaupunginkanslia";

	private static final String FINANCE_AND_HR = "Talous- ja henkilöstöpalvelut";

	private final DemoOrganisation city;

	private final DemoAuthors authors;

	DemoCityWideProjects(DemoOrganisation city, DemoAuthors authors) {
		this.city = city;
		this.authors = authors;
	}

	void load() {
		caseManagement();
		digitalArchive();
		dataWarehouse();
		aiAssistantPilot();
		intranet();
		workingTime();
		eServices();
		digitalSkills();
	}

	private void caseManagement() {
		var card = city.card("3.1", "Asianhallintajärjestelmän uusiminen")
			.cityWide()
			.owner(ADMINISTRATION, CHANCERY)
			.mandatory()
			.kind(ProjectKind.PROCUREMENT)
			.published()
			.manager(authors.projectManager().personId())
			.description(
					"Nykyisen asianhallintajärjestelmän toimittaja lopettaa käytössämme olevan version tuen vuoden "
							+ "2028 alussa. Uusi järjestelmä kilpailutetaan SaaS-palveluna, ja siihen siirtyvät "
							+ "asioiden vireillepano ja käsittely, toimielinten kokoukset ja päätöksenteko sekä "
							+ "kirjaamon työ.",
					"Järjestelmän on täytettävä tiedonhallintalain vaatimukset koko tiedon elinkaaren ajan. "
							+ "Tiedonohjaussuunnitelma rakennetaan uuteen järjestelmään alusta alkaen, eikä vanhaa "
							+ "tehtäväluokitusta siirretä sellaisenaan.",
					"Päättyneet asiat siirretään sähköiseen pitkäaikaissäilytykseen (hanke 3.2), joten uuteen "
							+ "järjestelmään siirretään vain vireillä olevat asiat ja viiden viimeisen vuoden "
							+ "pöytäkirjat.",
					"Hankinnassa varaudutaan rajapintoihin talous- ja henkilöstöhallinnon järjestelmiin, "
							+ "verkkosivujen päätöshakuun ja Suomi.fi-viesteihin.")
			.changes("Asiakirjat kulkevat valmistelusta päätökseen ja arkistoon yhdessä järjestelmässä. Kahden "
					+ "järjestelmän rinnakkaiskäytöstä luovutaan, mikä pienentää ylläpitokustannuksia noin 20 000 "
					+ "euroa vuodessa. Esityslistat kootaan suoraan valmisteluista, mikä nopeuttaa kokousten "
					+ "valmistelua.")
			.impacts(described("Kirjaamon ja valmistelijoiden vastuut kuvataan uudelleen. Järjestelmän omistajuus "
					+ "pysyy kaupunginkanslialla, ja pääkäyttäjyys keskitetään kahdelle henkilölle."),
					described("Salassa pidettävien asiakirjojen käsittely rajataan asiakohtaisilla oikeuksilla, ja "
							+ "kaikista katseluista ja muutoksista jää loki. Palvelun tietoturvavaatimukset "
							+ "kirjataan hankinta-asiakirjoihin."),
					described("Vireillä olevat asiat siirretään uuteen järjestelmään. Päätökset julkaistaan "
							+ "verkkosivuilla rajapinnan kautta ilman käsityötä."),
					described("Asioiden rekisteröinti ja seuranta siirtyvät uuteen järjestelmään. Diaarinumerointi "
							+ "jatkuu katkeamatta, ja tiedonohjaussuunnitelma ohjaa säilytysaikoja."))
			.goals("prosessit", "yhteentoimivuus")
			.schedule("1/2027", "6/2028")
			.likelihood(Likelihood.UNCERTAIN, "Kilpailutus voi viivästyä valitusten vuoksi, ja tiedonsiirron laajuus "
					+ "tarkentuu vasta tarjouksista.")
			.priority(Priority.HIGH)
			.scheduleOwner(ScheduleOwner.SERVICE_AREA)
			.costs(oneOff(2027, 120_000, 200_000, "hankinta ja käyttöönotto, sisältää tiedonsiirron"),
					yearly(2028, null, 40_000, 55_000, "SaaS-käyttömaksu"),
					unknown(CostKind.ONE_OFF, 2028, "integraatiot talous- ja henkilöstöjärjestelmiin"))
			.resources(years(SERVICE_AREA, 1.5, 2, "kirjaamo, arkistotoimi ja pääkäyttäjät"),
					years(IT, 0.5, "integraatiot ja tekninen käyttöönotto"),
					days(PURCHASED, 60, 90, "hankinta- ja tiedonsiirtoasiantuntijat"));
		var project = city.create(authors.itManagement(), card);
		project = city.revise(authors.itManagement(), project, card.status(Status.APPROVED)
			.costs(oneOff(2027, 150_000, 180_000, "hankinta ja käyttöönotto, sisältää tiedonsiirron"),
					yearly(2028, null, 46_000, "SaaS-käyttömaksu markkinakartoituksen perusteella"),
					unknown(CostKind.ONE_OFF, 2028, "integraatiot talous- ja henkilöstöjärjestelmiin"))
			.costNote("Investointi on varattu vuoden 2027 talousarvioon."));
		city.revise(authors.projectManager(), project, card.schedule("3/2027", "9/2028")
			.scheduleNote("Hankintapäätös siirtyi kaupunginhallituksen maaliskuun kokoukseen; vanhan version "
					+ "jatkotuesta neuvotellaan toimittajan kanssa."));
	}

	private void digitalArchive() {
		var card = city.card("3.2", "Sähköinen pitkäaikaissäilytys")
			.cityWide()
			.owner(ADMINISTRATION, CHANCERY)
			.mandatory()
			.kind(ProjectKind.DEPLOYMENT)
			.status(Status.IN_PROGRESS)
			.published()
			.description(
					"Otetaan käyttöön SaaS-palveluna hankittu sähköisen pitkäaikaissäilytyksen järjestelmä. Siihen "
							+ "siirretään päättyneet asiat asianhallinnasta, passiivisten järjestelmien aineistot ja "
							+ "levyasemille kertyneet asiakirjat.",
					"Ensimmäisenä vuonna liitetään asianhallinta ja palkkahallinnon vanha tietokanta; sen jälkeen "
							+ "järjestelmiä liitetään noin kolme vuodessa.")
			.changes("Passiivisia järjestelmiä voidaan sulkea, ja niiden ylläpitomaksut poistuvat. Vanhojen "
					+ "asiakirjojen haku nopeutuu, kun kaikki löytyy yhdestä paikasta.")
			.impacts(described("Arkistotoimen työ painottuu sähköisen aineiston hallintaan. Tietojen siirron "
					+ "vastuut sovitaan järjestelmä kerrallaan."),
					described("Säilytettävän aineiston käyttöoikeudet määräytyvät alkuperäisen asiakirjan "
							+ "julkisuuden mukaan."),
					described("Aineistot säilytetään yhdessä paikassa yhtenäisin metatiedoin, ja passiivisten "
							+ "järjestelmien levytilat poistuvat."),
					noImpact())
			.goals("prosessit", "yhteentoimivuus")
			.schedule("6/2025", "12/2027")
			.scheduleNote("Integraatiot valmistuvat vaiheittain; vuoden 2027 jälkeen uusia liitetään noin kolme "
					+ "vuodessa.")
			.likelihood(Likelihood.LIKELY, "Toimittajan aikataulu on pitänyt; lähdejärjestelmien toimittajien "
					+ "aikataulut vaihtelevat.")
			.priority(Priority.MEDIUM)
			.scheduleOwner(ScheduleOwner.SERVICE_AREA)
			.costs(withVat(oneOff(2025, 118_000, "järjestelmä ja kolme ensimmäistä integraatiota")),
					withVat(yearly(2026, null, 21_000, "käyttömaksu")))
			.resources(days(SERVICE_AREA, 40, 60, "arkistotoimi"), days(IT, 30, 50, "integraatiot"),
					days(PURCHASED, 80, 100, "toimittajan käyttöönotto ja tiedonsiirrot"));
		city.create(authors.itManagement(), card);
	}

	private void dataWarehouse() {
		var card = city.card("3.3", "Tietovarasto ja johdon raportointi")
			.cityWide()
			.owner(ADMINISTRATION, FINANCE_AND_HR)
			.kind(ProjectKind.DEVELOPMENT)
			.description(
					"Talouden, henkilöstön ja palvelujen tunnusluvut kootaan nyt joka kuukausi käsin "
							+ "Excel-tiedostoihin. Rakennetaan tietovarasto, johon tiedot ladataan automaattisesti "
							+ "lähdejärjestelmistä, ja sen päälle johdon raportit.",
					"Ensimmäisessä vaiheessa mukana ovat talous, henkilöstö ja varhaiskasvatuksen täyttöasteet. "
							+ "Myöhemmin tietovarastoon tuodaan kiinteistöjen energiankulutus ja sähköisen asioinnin "
							+ "käyttömäärät.")
			.changes("Kuukausiraportin kokoaminen ei enää vie kahden controllerin viikkoa. Johtoryhmä ja valtuusto "
					+ "näkevät samat luvut samasta lähteestä.")
			.impacts(described("Tietovarannoille nimetään omistajat, jotka vastaavat tietojen laadusta ja "
					+ "käyttöoikeuksista."),
					described("Henkilöstötiedot raportoidaan vain koosteina; yksittäisen henkilön tiedot näkevät "
							+ "vain nimetyt käyttäjät."),
					described("Tiedot kopioituvat lähdejärjestelmistä tietovarastoon. Lähdejärjestelmien "
							+ "säilytysajat eivät muutu."),
					noImpact())
			.goals("tiedolla johtaminen", "prosessit")
			.schedule("Q2/2027", "Q2/2028")
			.likelihood(Likelihood.LIKELY, "Lähdejärjestelmien rajapinnat ovat tiedossa.")
			.priority(Priority.MEDIUM)
			.costs(oneOff(2027, 60_000, 90_000, "toteutus ja ensimmäiset raportit"),
					yearly(2028, null, 15_000, 25_000, "pilvipalvelun kapasiteetti ja raportointilisenssit"))
			.resources(years(IT, 0.3, 0.5, "tietoarkkitehti"),
					days(SERVICE_AREA, 30, "controllerit ja henkilöstöpalvelut"),
					days(PURCHASED, 50, 70, "tietovarastokonsultti"));
		city.create(authors.itManagement(), card);
	}

	private void aiAssistantPilot() {
		var card = city.card("3.4", "Tekoälyavustajan kokeilu hallinnon työssä")
			.cityWide()
			.owner(ADMINISTRATION)
			.kind(ProjectKind.INVESTIGATION)
			.status(Status.APPROVED)
			.manager(authors.projectManager().personId())
			.description(
					"Kokeillaan 50 työntekijän ryhmällä Microsoft 365:een liitettyä tekoälyavustajaa "
							+ "kokousmuistioiden, valmistelutekstien ja tiedonhaun apuna. Kokeilijat valitaan kaikilta "
							+ "palvelualueilta.",
					"Kokeilun aikana kerätään kokemukset ja mitataan ajansäästöä. Lopuksi tehdään päätösesitys "
							+ "siitä, laajennetaanko käyttöä ja millä pelisäännöillä.")
			.changes("Päätös laajemmasta käyttöönotosta perustuu omiin kokemuksiin eikä toimittajan lupauksiin. "
					+ "Kokeilun tuloksena syntyy tekoälyn käytön ohje koko henkilöstölle.")
			.impacts(inSummary(),
					described("Avustaja näkee kaiken, mihin käyttäjällä on oikeus. Ennen kokeilua karsitaan liian "
							+ "laajat jaot Teamsissa ja SharePointissa ja tehdään tietosuojan vaikutustenarviointi."),
					described("Salassa pidettäviä asiakastietoja ei käsitellä avustajalla kokeilun aikana."),
					noImpact())
			.goals("digitaidot", "prosessit")
			.schedule("9/2026", "12/2026")
			.likelihood(Likelihood.CERTAIN, "Kokeilu on rajattu ja omissa käsissä.")
			.priority(Priority.MEDIUM)
			.costs(yearly(2026, 2027, 18_000, "50 kokeilulisenssiä"))
			.resources(days(IT, 20, "käyttöönotto ja ohjeet"),
					days(SERVICE_AREA, 25, 40, "kokeilijoiden aika ja palaute"));
		var project = city.create(authors.itManagement(), card);
		project = city.revise(authors.projectManager(), project, card.status(Status.IN_PROGRESS));
		city.revise(authors.projectManager(), project, card.schedule("9/2026", "2/2027")
			.scheduleNote("Kokeilua jatketaan kahdella kuukaudella, jotta mukaan saadaan talousarvion "
					+ "valmistelukierros."));
	}

	private void intranet() {
		var card = city.card("3.5", "Intranetin uudistus erillisellä julkaisujärjestelmällä")
			.cityWide()
			.owner(ADMINISTRATION, CHANCERY)
			.kind(ProjectKind.PROCUREMENT)
			.published()
			.description("Nykyinen intranet toimii vanhalla julkaisujärjestelmällä, jota osaa päivittää vain "
					+ "viestintä. Hankitaan uusi julkaisujärjestelmä, jossa yksiköt voivat itse ylläpitää "
					+ "sisältöjään.")
			.changes("Henkilöstö löytää ohjeet ja uutiset yhdestä paikasta.")
			.impacts(noImpact(), noImpact(), noImpact(), noImpact())
			.goals("prosessit")
			.schedule("2025", "2026")
			.priority(Priority.LOW)
			.scheduleOwner(ScheduleOwner.SERVICE_AREA)
			.costs(oneOff(2025, 40_000, "julkaisujärjestelmä ja sivuston rakentaminen"),
					yearly(2026, null, 8_000, "ylläpito ja lisenssi"))
			.resources(days(SERVICE_AREA, 20, "viestintä"), days(IT, 5, "käyttäjätunnistus"));
		var project = city.create(authors.itManagement(), card);
		city.revise(authors.itManagement(), project, card.status(Status.CANCELLED)
			.description("Nykyinen intranet toimii vanhalla julkaisujärjestelmällä, jota osaa päivittää vain "
					+ "viestintä. Hankitaan uusi julkaisujärjestelmä, jossa yksiköt voivat itse ylläpitää "
					+ "sisältöjään.",
					"Hanke peruttiin 3/2025: intranet toteutetaan nykyisen Microsoft 365 -ympäristön "
							+ "SharePoint-sivustona, joten erillistä järjestelmää ei tarvita."));
	}

	private void workingTime() {
		var card = city.card("3.6", "Työajanseurannan järjestelmän uusiminen")
			.cityWide()
			.owner(ADMINISTRATION, FINANCE_AND_HR)
			.mandatory()
			.kind(ProjectKind.PROCUREMENT)
			.status(Status.DONE)
			.published()
			.description("Työajanseurannan vanhan järjestelmän tuki päättyi kesällä 2025. Tilalle hankittiin "
					+ "järjestelmä, jossa on mobiilikirjaus, liukumien ja lisätöiden laskenta sekä rajapinnat "
					+ "palkanlaskentaan ja HR-järjestelmään.")
			.changes("Työaikakirjanpito täyttää lain vaatimukset, ja palkanlaskennan käsityö vähenee.")
			.impacts(described("Esihenkilöt hyväksyvät työajat järjestelmässä, ja palkanlaskenta saa tiedot "
					+ "suoraan."),
					noImpact(),
					described("Työaikatiedot siirtyvät rajapinnan kautta palkanlaskentaan."),
					noImpact())
			.goals("prosessit")
			.schedule("1/2025", "12/2025")
			.likelihood(Likelihood.CERTAIN, "Toteutus oli omissa käsissä.")
			.priority(Priority.HIGH)
			.scheduleOwner(ScheduleOwner.SERVICE_AREA)
			.costs(oneOff(2025, 48_000, "hankinta ja käyttöönotto"),
					yearly(2026, null, 22_000, "käyttömaksu, noin 1 900 käyttäjää"))
			.resources(days(SERVICE_AREA, 60, 80, "palkanlaskenta ja pääkäyttäjät"), days(IT, 15, "integraatiot"));
		city.create(authors.itManagement(), card);
	}

	private void eServices() {
		var card = city.card("3.7", "Asukkaiden asiointipalvelu ja Suomi.fi-palvelujen käyttöönotto")
			.cityWide()
			.owner(ADMINISTRATION, CHANCERY)
			.kind(ProjectKind.DEVELOPMENT)
			.published()
			.description(
					"Asukkaat asioivat nyt useilla erillisillä lomakkeilla, joista osa tulostetaan ja skannataan. "
							+ "Sähköiset palvelut kootaan yhteen asiointipalveluun, jossa tunnistaudutaan "
							+ "Suomi.fi-tunnistuksella, päätökset toimitetaan Suomi.fi-viesteillä ja maksut hoidetaan "
							+ "Suomi.fi-maksuilla.",
					"Ensimmäisinä sähköistetään tilojen ja liikuntapaikkojen varaukset, pysäköintitunnukset ja "
							+ "avustushakemukset.")
			.changes("Asukas hoitaa asiansa mihin aikaan tahansa ja näkee hakemuksensa tilan. Paperilomakkeiden "
					+ "käsittely ja postitus vähenevät; postikuluissa säästetään arviolta 15 000 euroa vuodessa.")
			.impacts(described("Palvelujen omistajat vastaavat lomakkeidensa sisällöstä; asiointialustaa "
					+ "ylläpitää tietohallinto."),
					described("Vahva tunnistautuminen korvaa sähköpostilla lähetetyt liitteet."),
					described("Hakemusten tiedot siirtyvät rajapinnan kautta taustajärjestelmiin ilman uudelleen "
							+ "kirjoittamista."),
					described("Saapuneet hakemukset kirjautuvat automaattisesti asianhallintaan."))
			.goals("asiointi", "yhteentoimivuus", "prosessit")
			.schedule("Q3/2027", "Q4/2028")
			.likelihood(Likelihood.LIKELY, "Riippuu asianhallinnan uusimisen (3.1) aikataulusta.")
			.priority(Priority.HIGH)
			.costs(oneOff(2027, 70_000, 110_000, "asiointialusta ja kolme ensimmäistä palvelua"),
					yearly(2028, null, 20_000, "alustan käyttömaksu ja Suomi.fi-viestien postituskulut"))
			.resources(days(SERVICE_AREA, 40, 60, "palvelujen omistajat"),
					years(IT, 0.4, "palvelumuotoilu ja integraatiot"), days(PURCHASED, 40, "toteutuskumppani"));
		city.create(authors.itManagement(), card);
	}

	private void digitalSkills() {
		var card = city.card("3.8", "Henkilöstön digitaitojen koulutusohjelma")
			.cityWide()
			.owner(ADMINISTRATION, FINANCE_AND_HR)
			.kind(ProjectKind.OTHER)
			.status(Status.IN_PROGRESS)
			.description("Henkilöstökyselyn mukaan kolmannes työntekijöistä ei koe osaavansa käyttää Teamsia ja "
					+ "OneDrivea täysipainoisesti. Kootaan digitaitojen koulutusohjelma: lyhyitä verkkokursseja, "
					+ "lähikoulutuksia toimipisteissä ja digitukihenkilöiden verkosto.")
			.changes("Yksinkertaiset tukipyynnöt vähenevät, ja uudet työvälineet otetaan käyttöön nopeammin.")
			.impacts(noImpact(),
					described("Ohjelmaan kuuluu tietoturvan perusteiden verkkokurssi, joka on pakollinen kaikille."),
					noImpact(), noImpact())
			.goals("digitaidot")
			.schedule("1/2026", "12/2027")
			.priority(Priority.MEDIUM)
			.costs(withVat(yearly(2026, 2027, 12_000, "verkkokurssialusta")))
			.resources(years(IT, 0.2, "kouluttajat"), days(SERVICE_AREA, 60, 80, "digitukihenkilöiden aika"))
			.resourceNote("Digitukihenkilöitä on noin 40, ja kukin käyttää tehtävään noin 2 htp vuodessa.");
		city.create(authors.itManagement(), card);
	}

}
