package fi.ohjaamo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.strategy.Approval;
import fi.ohjaamo.strategy.CityGoals;
import fi.ohjaamo.strategy.FocusAreas;
import fi.ohjaamo.strategy.StrategicGoals;
import fi.ohjaamo.strategy.Strategies;
import fi.ohjaamo.strategy.StrategyLine;
import fi.ohjaamo.strategy.StrategyLineKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo municipality its approved IT strategy 2024–2027: vision, mission, principles and policies, the
 * city strategy's goals, focus areas, and the demo goals placed under them with their critical success factors,
 * one of them a goal nothing is done about yet.
 */
@Component
@Order(11)
@ConditionalOnBooleanProperty("ohjaamo.demo.enabled")
class DemoStrategy implements ApplicationRunner {

	private static final String ELINVOIMA = "Elinvoimainen ja kasvava Kuusijärvi";

	private static final String HYVINVOINTI = "Asukkaiden hyvinvointi ja osallisuus";

	private static final String TALOUS = "Kestävä talous ja toimiva organisaatio";

	private final Organisations organisations;

	private final Strategies strategies;

	private final FocusAreas focusAreas;

	private final CityGoals cityGoals;

	private final StrategicGoals goals;

	private final TransactionTemplate transaction;

	DemoStrategy(Organisations organisations, Strategies strategies, FocusAreas focusAreas, CityGoals cityGoals,
			StrategicGoals goals, PlatformTransactionManager transactionManager) {
		this.organisations = organisations;
		this.strategies = strategies;
		this.focusAreas = focusAreas;
		this.cityGoals = cityGoals;
		this.goals = goals;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		organisations.named(DemoData.MUNICIPALITY)
			.filter(o -> strategies.of(o.getId()).isEmpty())
			.ifPresent(o -> transaction.executeWithoutResult(status -> load(o.getId())));
	}

	private void load(UUID org) {
		UUID strategy = strategies.seed(org, "Kuusijärven tietohallintostrategia 2024–2027", 2024, 2027,
				"Kuusijärven palvelut toimivat sujuvasti verkossa, ja tieto kulkee järjestelmästä toiseen niin, "
						+ "ettei asukkaan tarvitse kertoa samaa asiaa kahdesti.",
				"Tietohallinto tarjoaa kaupungin palvelualoille toimintavarmat ja turvalliset välineet sekä auttaa "
						+ "niitä kehittämään palvelujaan tiedon ja digitalisaation avulla.",
				lines(List.of("Asukkaan tarve ohjaa kehittämistä, ei tekniikka.",
						"Hankimme ensisijaisesti valmiita pilvipalveluja ja yhteisiä ratkaisuja muiden kuntien kanssa.",
						"Tieto tallennetaan kerran ja sitä hyödynnetään monesti.",
						"Tietoturva ja tietosuoja suunnitellaan mukaan alusta alkaen."),
				List.of("Uusi järjestelmä hankitaan vain, jos sillä on nimetty omistaja ja pääkäyttäjä.",
						"Järjestelmien rajapinnat ja tiedot ovat kaupungin käytettävissä myös sopimuksen päätyttyä.",
						"Jokaisesta kehittämiskohteesta tehdään muutosvaikutusten arviointi ennen päätöstä.")));
		strategies.approve(org, strategy, new Approval("Kaupunginhallitus",
				LocalDate.of(2024, 2, 12), "38", "KJDno-2023-512", "https://kuusijarvi.example/poytakirjat/2024-02-12"));
		// The board prepared it, the council approved it: the chain of decisions as the minutes have them.
		strategies.approve(org, strategy, new Approval("Kaupunginvaltuusto", LocalDate.of(2024, 3, 4), "21", "2",
				"KJDno-2023-512", "https://kuusijarvi.example/poytakirjat/valtuusto-2024-03-04"));
		strategies.makeCurrent(org, strategy);

		var city = Map.of(ELINVOIMA, cityGoals.seed(org, ELINVOIMA), HYVINVOINTI,
				cityGoals.seed(org, HYVINVOINTI), TALOUS, cityGoals.seed(org, TALOUS));

		UUID services = focusAreas.seed(org, strategy, "Sujuvat digitaaliset palvelut",
				"Asiointi verkossa on asukkaalle helpompaa kuin paperilla, ja palvelualojen työ sujuu sähköisesti.");
		UUID data = focusAreas.seed(org, strategy, "Tieto johtamisen tukena",
				"Päätökset perustuvat ajantasaiseen tietoon, joka kootaan järjestelmistä ilman käsityötä.");
		UUID reliability = focusAreas.seed(org, strategy, "Turvallinen ja toimintavarma perusta",
				"Verkot, päätelaitteet ja järjestelmät toimivat, ja häiriöihin on varauduttu.");
		UUID skills = focusAreas.seed(org, strategy, "Osaava henkilöstö ja oppiminen",
				"Henkilöstö ja oppilaat osaavat käyttää välineitään ja saavat tukea läheltä.");

		place(org, "Asukaspalvelujen digitalisointi", services,
				"Asiointipalvelujen käyttäjämäärä kasvaa; palvelut suunnitellaan asukkaiden kanssa.", Seeded.named(city, HYVINVOINTI),
				Seeded.named(city, ELINVOIMA));
		place(org, "Sisäisten prosessien sähköistäminen", services,
				"Paperiset lomakkeet ja allekirjoituskierrot korvataan sähköisillä; palvelualat nimeävät prosessiomistajat.",
				Seeded.named(city, TALOUS));
		place(org, "Tiedolla johtamisen", data,
				"Yhteinen tietovarasto ja raportointiväline; johtoryhmät käyttävät samoja lukuja.", Seeded.named(city, TALOUS));
		place(org, "Päällekkäisten järjestelmien", data,
				"Järjestelmäluettelo on ajan tasalla; jokaiselle järjestelmälle on elinkaarisuunnitelma.", Seeded.named(city, TALOUS));
		place(org, "Tietoturvan", reliability,
				"Säännölliset varautumisharjoitukset; lokit kerätään keskitetysti; henkilöstö suorittaa tietoturvakoulutuksen.",
				Seeded.named(city, HYVINVOINTI));
		place(org, "Tietohallinnon palvelujen", reliability,
				"Palvelupyynnöistä yli 70 % ratkaistaan ensimmäisellä tasolla; käyttäjätyytyväisyys mitataan vuosittain.",
				Seeded.named(city, TALOUS));
		place(org, "Henkilöstön digitaitojen", skills,
				"Jokaisella työyhteisöllä on digitukihenkilö; perehdytys kattaa keskeiset välineet.", Seeded.named(city, TALOUS));
		place(org, "Nykyaikaiset ja yhdenvertaiset", skills,
				"Jokaisella oppilaalla on käytössään laite; opettajat saavat pedagogista tukea.", Seeded.named(city, HYVINVOINTI),
				Seeded.named(city, ELINVOIMA));
		// A goal no project serves yet and no action works on, so that the overview and the coverage page have a
		// gap to show: the strategy names it, the portfolio has not caught up.
		goals.add(org, "Seudullisen tietohallintoyhteistyön tiivistäminen");
		place(org, "Seudullisen tietohallintoyhteistyön", data,
				"Naapurikuntien kanssa sovitaan yhteisistä hankinnoista ja tietovarannoista; yhteistyöstä on kirjallinen sopimus.",
				Seeded.named(city, ELINVOIMA), Seeded.named(city, TALOUS));
	}

	private static List<StrategyLine> lines(List<String> principles, List<String> policies) {
		var lines = new ArrayList<StrategyLine>();
		principles.forEach(p -> lines.add(new StrategyLine(StrategyLineKind.PRINCIPLE, p)));
		policies.forEach(p -> lines.add(new StrategyLine(StrategyLineKind.POLICY, p)));
		return lines;
	}

	/** Places the demo goal whose name starts with the given words, if the demo still has it. */
	private void place(UUID org, String nameStart, UUID focusArea, String successFactors, UUID... cityGoalIds) {
		goals.of(org).stream().filter(g -> g.name().startsWith(nameStart)).findFirst().ifPresent(view -> {
			goals.place(org, view.id(), focusArea, successFactors, List.of(cityGoalIds));
		});
	}

}
