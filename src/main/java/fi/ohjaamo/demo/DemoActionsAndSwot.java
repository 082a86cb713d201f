package fi.ohjaamo.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.organisation.Organisation;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.PersonView;
import fi.ohjaamo.organisation.UnitView;
import fi.ohjaamo.strategy.ActionResponsible;
import fi.ohjaamo.strategy.ActionStatus;
import fi.ohjaamo.strategy.Actions;
import fi.ohjaamo.strategy.GoalView;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.SwotAnalyses;
import fi.ohjaamo.strategy.SwotQuadrant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static fi.ohjaamo.strategy.ActionStatus.DONE;
import static fi.ohjaamo.strategy.ActionStatus.IN_PROGRESS;
import static fi.ohjaamo.strategy.ActionStatus.NOT_STARTED;

/**
 * The demo municipality's actions under its goals and one SWOT analysis whose responses partly became
 * actions; added once, when the municipality exists and has no actions yet.
 */
@Component
@Order(12)
@ConditionalOnBooleanProperty("ohjaamo.demo.enabled")
class DemoActionsAndSwot implements ApplicationRunner {

	private final Organisations organisations;

	private final StrategicGoals goals;

	private final Actions actions;

	private final SwotAnalyses swot;

	private final TransactionTemplate transaction;

	DemoActionsAndSwot(Organisations organisations, StrategicGoals goals, Actions actions,
			SwotAnalyses swot, PlatformTransactionManager transactionManager) {
		this.organisations = organisations;
		this.goals = goals;
		this.actions = actions;
		this.swot = swot;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		var municipality = organisations.named(DemoData.MUNICIPALITY).map(Organisation::getId);
		if (municipality.isEmpty() || actions.countOf(municipality.get()) > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> load(municipality.get()));
	}

	private void load(UUID org) {
		Map<String, UUID> goal = goals.of(org).stream().collect(Collectors.toMap(GoalView::name, GoalView::id));
		Map<String, UUID> unit = organisations.unitsOf(org).all().stream()
			.collect(Collectors.toMap(UnitView::name, UnitView::id, (a, b) -> a));
		Map<String, UUID> person = organisations.peopleOf(org).stream()
			.collect(Collectors.toMap(PersonView::displayName, PersonView::id, (a, b) -> a));
		var it = ActionResponsible.unit(Seeded.named(unit, "Tietohallinto"));
		var tiina = ActionResponsible.person(Seeded.named(person, "Tiina Tietohallintojohtaja"));

		UUID processes = goal.get("Sisäisten prosessien sähköistäminen ja toiminnan laadullinen parantaminen");
		add(org, processes, "Kuvataan talous- ja henkilöstöpalvelujen keskeiset prosessit ennen järjestelmähankintoja.",
				ActionResponsible.unit(Seeded.named(unit, "Talous- ja henkilöstöpalvelut")), "Q2/2025", DONE,
				"Ostolaskujen ja rekrytoinnin prosessit kuvattu.");
		add(org, processes, "Otetaan sähköinen allekirjoitus käyttöön sopimuksissa ja päätöksissä.",
				ActionResponsible.role("hallintojohtaja"), "2026", IN_PROGRESS, "Pilotti kaupunginkansliassa.");
		add(org, processes, "Luovutaan paperisista kokousaineistoista kaikissa toimielimissä.",
				ActionResponsible.unit(Seeded.named(unit, "Kaupunginkanslia")), "12/2026", NOT_STARTED, "");

		UUID services = goal.get("Asukaspalvelujen digitalisointi ja sähköisen asioinnin lisääminen");
		add(org, services, "Laaditaan sähköisen asioinnin tiekartta yhdessä palvelualueiden kanssa.", tiina, "Q1/2026",
				IN_PROGRESS, "Työpajat pidetty sivistys- ja teknisissä palveluissa.");
		add(org, services, "Siirretään varhaiskasvatuksen hakemukset kokonaan verkkoon.",
				ActionResponsible.unit(Seeded.named(unit, "Varhaiskasvatus")), "8/2026", NOT_STARTED, "");

		UUID security = goal.get("Tietoturvan ja varautumisen parantaminen");
		add(org, security, "Järjestetään tietoturvan verkkokurssi koko henkilöstölle joka vuosi.",
				ActionResponsible.role("tietoturvavastaava"), "2025", DONE, "Suoritusaste 87 %.");
		add(org, security, "Harjoitellaan tietojärjestelmien palauttamista poikkeusoloissa.", it, "Q4/2026",
				NOT_STARTED, "");

		UUID quality = goal.get("Tietohallinnon palvelujen laadun ja toimintavarmuuden parantaminen");
		add(org, quality, "Otetaan käyttöön palvelupyyntöjen tyytyväisyyskysely.", it, "Q3/2025", DONE, "");
		add(org, quality, "Sovitaan palvelutasot keskeisille järjestelmille.", tiina, "2026", IN_PROGRESS, "");

		UUID knowledge = goal.get("Tiedolla johtamisen vahvistaminen");
		add(org, knowledge, "Kootaan johdon raportit yhteen tietovarastoon.", it, "2027", NOT_STARTED, "");
		add(org, knowledge, "Nimetään jokaiselle tietovarannolle omistaja.",
				ActionResponsible.role("palvelualueiden johtoryhmät"), "Q2/2026", IN_PROGRESS, "");

		UUID interop = goal.get("Päällekkäisten järjestelmien vähentäminen ja yhteentoimivuuden lisääminen");
		add(org, interop, "Inventoidaan järjestelmät ja merkitään päällekkäiset poistettaviksi.", it, "Q4/2025", DONE,
				"");
		add(org, interop, "Linjataan rajapinnat osaksi jokaista järjestelmähankintaa.",
				ActionResponsible.role("hankinta-asiantuntija"), "2026", NOT_STARTED, "");

		UUID skills = goal.get("Henkilöstön digitaitojen vahvistaminen");
		add(org, skills, "Koulutetaan digitukihenkilö jokaiseen työyksikköön.",
				ActionResponsible.unit(Seeded.named(unit, "Talous- ja henkilöstöpalvelut")), "2026", IN_PROGRESS, "");
		add(org, skills, "Laaditaan esihenkilöille digijohtamisen valmennus.", tiina, "Q1/2027", NOT_STARTED, "");

		UUID learning = goal.get("Nykyaikaiset ja yhdenvertaiset oppimisympäristöt");
		add(org, learning, "Uusitaan peruskoulujen oppilaslaitteet kolmen vuoden kierrossa.",
				ActionResponsible.unit(Seeded.named(unit, "Perusopetus")), "2027", IN_PROGRESS, "Ensimmäinen erä jaettu.");
		add(org, learning, "Yhtenäistetään koulujen oppimisalusta.",
				ActionResponsible.person(Seeded.named(person, "Sanna Sivistys")), "8/2026", NOT_STARTED, "");

		swot(org, skills, security);
	}

	private void swot(UUID org, @Nullable UUID skills, @Nullable UUID security) {
		UUID id = swot.seed(org, null, "Tietohallinnon nykytila 2025", LocalDate.of(2025, 2, 12));
		item(org, id, SwotQuadrant.STRENGTH, "Perustietotekniikka toimii ja käyttäjät ovat tyytyväisiä tukeen.",
				"Tarjotaan tukipalvelua myös naapurikunnille.");
		item(org, id, SwotQuadrant.STRENGTH, "Tietotekniikan kokonaiskustannukset tunnetaan.",
				"Verrataan omaa tuotantoa ostopalveluun todellisin luvuin.");
		item(org, id, SwotQuadrant.STRENGTH, "Tietohallinnon ja palvelualueiden välillä on luottamusta.",
				"Otetaan palvelualueet mukaan hankesalkun valmisteluun.");
		UUID weakSkills = item(org, id, SwotQuadrant.WEAKNESS,
				"Palvelualueilla on liian vähän pääkäyttäjäosaamista.",
				"Arvioidaan palvelualueittain pääkäyttäjien osaamisvaje ja koulutetaan.");
		item(org, id, SwotQuadrant.WEAKNESS, "Olemme riippuvaisia muutamasta järjestelmätoimittajasta.",
				"Vaaditaan hankinnoissa avoimet rajapinnat ja tiedon siirrettävyys.");
		item(org, id, SwotQuadrant.WEAKNESS, "Sähköinen arkistointi puuttuu.",
				"Selvitetään pitkäaikaissäilytyksen ratkaisu.");
		item(org, id, SwotQuadrant.OPPORTUNITY, "Seudullinen yhteistyö tietohallinnossa tiivistyy.",
				"Osallistutaan seudun yhteisiin hankintoihin harkiten.");
		item(org, id, SwotQuadrant.OPPORTUNITY, "Pilvipalvelut vapauttavat ylläpidosta aikaa kehittämiseen.",
				"Siirretään ylläpitotyötä palveluiksi ja vapautuva aika kehittämiseen.");
		item(org, id, SwotQuadrant.OPPORTUNITY, "Asukkaat odottavat asioivansa verkossa.",
				"Kehitetään ensin eniten käytetyt asiointipalvelut.");
		item(org, id, SwotQuadrant.THREAT, "Osaajia on vaikea rekrytoida.",
				"Kehitetään työnantajakuvaa ja sisäistä urapolkua.");
		UUID cyber = item(org, id, SwotQuadrant.THREAT, "Kyberhyökkäys voi pysäyttää palvelut päiviksi.",
				"Laaditaan jatkuvuussuunnitelmat ja harjoitellaan palautumista.");
		item(org, id, SwotQuadrant.THREAT, "Tietotekniikan kustannuksia tarkastellaan irrallaan palveluista.",
				"Kytketään kustannukset palvelujen tuottamiin hyötyihin.");
		if (skills != null && security != null) {
			swot.makeAction(org, id, weakSkills, skills);
			swot.makeAction(org, id, cyber, security);
		}
	}

	private UUID item(UUID org, UUID analysis, SwotQuadrant quadrant, String text, String response) {
		return swot.seedItem(org, analysis, quadrant, text, response);
	}

	/** Skips an action whose goal the demo strategy no longer has, so that renaming a demo goal breaks nothing. */
	private void add(UUID org, @Nullable UUID goal, String text, ActionResponsible responsible, String due,
			ActionStatus status, String note) {
		if (goal == null) {
			return;
		}
		actions.add(org, goal, text, responsible, due, status, note);
	}

}
