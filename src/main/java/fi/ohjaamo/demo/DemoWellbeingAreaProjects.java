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

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.Likelihood;
import fi.ohjaamo.portfolio.Priority;
import fi.ohjaamo.portfolio.ProjectKind;
import fi.ohjaamo.portfolio.ScheduleOwner;
import fi.ohjaamo.portfolio.Status;

/** The wellbeing area's social and health care IT projects, a portfolio kept apart from the municipality's. */
final class DemoWellbeingAreaProjects {

	private static final String SOCIAL = "Sosiaalipalvelut";

	private static final String HEALTH = "Terveyspalvelut";

	private final DemoOrganisation area;

	private final CurrentUser itManagement;

	private final CurrentUser itDirector;

	DemoWellbeingAreaProjects(DemoOrganisation area, CurrentUser itManagement, CurrentUser itDirector) {
		this.area = area;
		this.itManagement = itManagement;
		this.itDirector = itDirector;
	}

	void load() {
		clientRecords();
		childWelfareArchive();
		remoteHomeCare();
		dentalBooking();
		symptomChecker();
	}

	private void clientRecords() {
		var card = area.card("3.1", "Asiakas- ja potilastietojärjestelmien yhtenäistäminen")
			.cityWide()
			.owner(HEALTH)
			.mandatory()
			.kind(ProjectKind.PROCUREMENT)
			.status(Status.APPROVED)
			.published()
			.description(
					"Hyvinvointialue peri jäsenkunniltaan neljä potilastietojärjestelmää ja kolme sosiaalihuollon "
							+ "asiakastietojärjestelmää. Ne korvataan yhdellä asiakas- ja potilastietojärjestelmällä, "
							+ "joka hankitaan yhdessä naapurialueen kanssa.",
					"Siirtymä tehdään alue kerrallaan; ensimmäisenä siirtyy pohjoinen sote-keskus.")
			.changes("Ammattilainen näkee asiakkaan tiedot yhdestä järjestelmästä riippumatta siitä, missä "
					+ "toimipisteessä asiakas on käynyt. Vanhojen järjestelmien ylläpito päättyy siirtymän jälkeen.")
			.impacts(described("Järjestelmien omistajuus keskitetään hyvinvointialueen tietohallintoon, ja "
					+ "pääkäyttäjäorganisaatio kootaan kuntien entisistä pääkäyttäjistä."),
					described("Käyttöoikeudet perustuvat hoitosuhteeseen ja tehtävään, ja käyttölokit valvotaan "
							+ "keskitetysti."),
					described("Vanhojen järjestelmien tiedot siirretään tai arkistoidaan Kanta-palveluihin."),
					described("Asiakkuudet ja palvelutapahtumat kirjataan yhteen järjestelmään."))
			.goals("asiakastieto", "kustannukset")
			.schedule("Q1/2026", "Q4/2028")
			.likelihood(Likelihood.UNCERTAIN, "Riippuu yhteishankinnan aikataulusta ja toimittajan kapasiteetista.")
			.priority(Priority.HIGH)
			.scheduleOwner(ScheduleOwner.BOTH)
			.costs(oneOff(2026, 2_400_000, 3_100_000, "alueen osuus hankinnasta ja käyttöönotosta"),
					yearly(2028, null, 850_000, "käyttö- ja ylläpitomaksut"))
			.resources(years(SERVICE_AREA, 6, 8, "pääkäyttäjät, kouluttajat ja testaajat"),
					years(IT, 3, "integraatiot ja tiedonsiirrot"),
					years(PURCHASED, 2, 3, "käyttöönottokonsultit"));
		var project = area.create(itManagement, card);
		project = area.revise(itManagement, project, card.status(Status.IN_PROGRESS));
		area.revise(itDirector, project, card.schedule("Q1/2026", "Q2/2029")
			.scheduleNote("Eteläisen alueen siirtymä siirtyy toimittajan pyynnöstä puolella vuodella."));
	}

	private void childWelfareArchive() {
		var card = area.card("4.1", "Lastensuojelun asiakirjat Kanta-palvelujen sosiaalihuollon arkistoon")
			.serviceAreaSpecific()
			.owner(SOCIAL, "Lapsiperhepalvelut")
			.mandatory()
			.kind(ProjectKind.DEPLOYMENT)
			.status(Status.APPROVED)
			.description("Asiakastietolaki velvoittaa tallentamaan sosiaalihuollon asiakirjat Kanta-palvelujen "
					+ "arkistoon. Lastensuojelun asiakirjat liitetään arkistoon, kun asiakastietojärjestelmän "
					+ "toimittaja on saanut liittymän sertifioitua.")
			.changes("Asiakirjat ovat oikeutettujen ammattilaisten saatavilla koko maassa.")
			.impacts(noImpact(), described("Luovutukset muille toimijoille perustuvat asiakkaan suostumukseen tai "
					+ "lakiin, ja niistä jää merkintä Kantaan."),
					described("Asiakirjat tallennetaan jatkossa Kanta-palveluihin."), noImpact())
			.goals("asiakastieto")
			.schedule("3/2027", "10/2027")
			.likelihood(Likelihood.LIKELY, "Toimittajan liittymän sertifiointi on käynnissä.")
			.priority(Priority.HIGH)
			.scheduleOwner(ScheduleOwner.SERVICE_AREA)
			.costs(oneOff(2027, 40_000, "liittymän käyttöönotto"))
			.resources(days(SERVICE_AREA, 60, "kirjaamisen koulutus"), days(IT, 20, "testaus"));
		area.create(itManagement, card);
	}

	private void remoteHomeCare() {
		var card = area.card("4.2", "Etäkotihoidon videopalvelu")
			.serviceAreaSpecific()
			.owner(SOCIAL, "Ikääntyneiden palvelut")
			.kind(ProjectKind.DEPLOYMENT)
			.status(Status.DONE)
			.published()
			.description("Kotihoidon asiakkaiden lääkemuistutukset ja osa käynneistä hoidetaan videoyhteydellä "
					+ "asiakkaan kotiin tuodun tabletin kautta.")
			.changes("Kotihoidon käyntejä säästyy noin 120 viikossa, ja ajoaika vähenee.")
			.impacts(noImpact(), described("Videoyhteydet ovat salattuja, eikä niitä tallenneta."), noImpact(),
					described("Etäkäynnit kirjataan asiakastietojärjestelmään kuten kotikäynnit."))
			.goals("digipalvelut", "kustannukset")
			.schedule("Q2/2025", "Q1/2026")
			.likelihood(Likelihood.CERTAIN, "")
			.scheduleOwner(ScheduleOwner.SERVICE_AREA)
			.costs(withVat(yearly(2025, null, 65_000, "palvelu ja tabletit, noin 150 asiakasta")))
			.resources(days(SERVICE_AREA, 40, "hoitajien perehdytys"), days(IT, 10, "käyttöönotto"));
		area.create(itManagement, card);
	}

	private void dentalBooking() {
		var card = area.card("4.3", "Suun terveydenhuollon sähköinen ajanvaraus")
			.serviceAreaSpecific()
			.owner(HEALTH, "Suun terveydenhuolto")
			.kind(ProjectKind.DEVELOPMENT)
			.published()
			.description("Hammashoitolan ajat varataan nyt vain puhelimitse. Avataan sähköinen ajanvaraus "
					+ "tarkastuksiin ja suuhygienistin käynteihin.")
			.changes("Puhelinjonot lyhenevät, ja peruutusajat täyttyvät nopeammin.")
			.impacts(noImpact(), described("Ajanvaraukseen tunnistaudutaan vahvasti."), noImpact(), noImpact())
			.goals("digipalvelut")
			.schedule("Q3/2027", "Q1/2028")
			.priority(Priority.MEDIUM)
			.costs(oneOff(2027, 15_000, 25_000, "ajanvarausmoduuli"), yearly(2028, null, 6_000, "käyttömaksu"))
			.resources(days(SERVICE_AREA, 15, "ajanvarauskirjojen muutos"), days(IT, 10, "integraatio"));
		area.create(itManagement, card);
	}

	private void symptomChecker() {
		var card = area.card("4.4", "Sähköisten oirearvioiden laajentaminen")
			.serviceAreaSpecific()
			.owner(HEALTH, "Perusterveydenhuolto")
			.kind(ProjectKind.INVESTIGATION)
			.status(Status.IDEA)
			.description("Selvitetään, voisiko sähköinen oirearvio ohjata asukkaan suoraan oikealle ammattilaiselle "
					+ "ilman puhelua terveysasemalle.")
			.notAssessed("Idea-vaihe")
			.goals("digipalvelut")
			.startsAt("2028")
			.likelihood(Likelihood.UNCERTAIN, "Riippuu kansallisen palvelun kehityksestä.")
			.priority(Priority.LOW)
			.costs(unknown(CostKind.RECURRING, 2028, "ei vielä arviota"));
		area.create(itManagement, card);
	}

}
