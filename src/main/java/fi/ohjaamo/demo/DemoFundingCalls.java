package fi.ohjaamo.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisation;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.portfolio.PortfolioFilter;
import fi.ohjaamo.portfolio.PortfolioQuery;
import fi.ohjaamo.portfolio.PortfolioRow;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.prioritisation.Criteria;
import fi.ohjaamo.prioritisation.Criterion;
import fi.ohjaamo.prioritisation.fundingcall.CallCriterion;
import fi.ohjaamo.prioritisation.fundingcall.FundingCallDefinition;
import fi.ohjaamo.prioritisation.fundingcall.FundingCallStatus;
import fi.ohjaamo.prioritisation.fundingcall.FundingCalls;
import fi.ohjaamo.prioritisation.fundingcall.FundingDecisions;
import fi.ohjaamo.prioritisation.fundingcall.FundingPeriod;
import fi.ohjaamo.prioritisation.fundingcall.FundingResult;
import fi.ohjaamo.prioritisation.fundingcall.FundingScores;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo municipality's funding calls: the decided "Poikkihallinnollisten digihankkeiden hakukierros 2026" with
 * five applications from different service areas, scored by Tiina and Aino, in which the third-ranked application
 * did not fit the budget and a smaller one below it did; and a call open now with Sanna's application. Added once,
 * after the criteria, when the municipality has no calls yet.
 */
@Component
@Order(15)
@ConditionalOnBooleanProperty("ohjaamo.demo.enabled")
class DemoFundingCalls implements ApplicationRunner {

	static final String DECIDED = "Poikkihallinnollisten digihankkeiden hakukierros 2026";

	static final String OPEN = "Tekoälykokeilujen hakukierros";

	/** Amounts applied for, in ranking order: the third does not fit what the first two leave, the fourth does. */
	private static final long[] AMOUNTS = { 120_000, 95_000, 100_000, 60_000, 45_000 };

	private static final String[] JUSTIFICATIONS = {
			"Hanke yhdistää usean palvelualueen asiakastiedot yhdeksi palvelupoluksi, jota asukas voi seurata verkossa.",
			"Yhteinen ratkaisu korvaa kolme erillistä järjestelmää, ja ylläpitokulut pienenevät jo toisena vuonna.",
			"Lakisääteinen muutos on toteutettava vuoden loppuun mennessä; rahoitus nopeuttaa käyttöönottoa.",
			"Pieni kokeilu, jonka tulokset hyödyttävät kaikkia palvelualueita ja jonka jatko päätetään syksyllä.",
			"Työllisyyspalvelujen siirtyminen kunnalle vaatii tietojen yhdistämistä elinkeinopalvelujen kanssa." };

	private final Organisations organisations;

	private final PortfolioQuery portfolio;

	private final Criteria criteria;

	private final FundingCalls calls;

	private final FundingScores scores;

	private final FundingDecisions decisions;

	private final Clock clock;

	private final TransactionTemplate transaction;

	DemoFundingCalls(Organisations organisations, PortfolioQuery portfolio, Criteria criteria, FundingCalls calls,
			FundingScores scores, FundingDecisions decisions, Clock clock, PlatformTransactionManager transactions) {
		this.organisations = organisations;
		this.portfolio = portfolio;
		this.criteria = criteria;
		this.calls = calls;
		this.scores = scores;
		this.decisions = decisions;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		var municipality = organisations.named(DemoData.MUNICIPALITY);
		if (municipality.isEmpty() || criteria.active(municipality.get().getId()).isEmpty()
				|| !calls.of(municipality.get().getId()).isEmpty()) {
			return;
		}
		transaction.executeWithoutResult(status -> load(municipality.get()));
	}

	private void load(Organisation municipality) {
		var tiina = person(municipality, "Tiina Tietohallintojohtaja", Role.IT_MANAGEMENT, null);
		var aino = person(municipality, "Aino Ylläpitäjä", Role.IT_MANAGEMENT, null);
		var units = organisations.unitsOf(municipality.getId());
		var education = units.serviceAreas().stream().filter(a -> a.name().equals("Sivistyspalvelut")).findFirst()
			.orElseThrow().id();
		var sanna = person(municipality, "Sanna Sivistys", Role.SERVICE_AREA_EDITOR, education);
		var active = criteria.active(municipality.getId());
		var used = active.stream().map(c -> new CallCriterion(c.getId(), c.getWeight())).toList();
		var candidates = onePerServiceArea(municipality.getId());

		var decided = calls.create(tiina, new FundingCallDefinition(DECIDED,
				"Haettavana on rahoitusta hankkeille, joissa vähintään kaksi palvelualuetta kehittää yhteistä "
						+ "digitaalista palvelua tai luopuu päällekkäisistä järjestelmistä. Hakemukset arvioidaan "
						+ "kaupungin priorisointikriteereillä.",
				new BigDecimal("300000"), new FundingPeriod(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 13)), used));
		calls.move(tiina, decided.getId(), FundingCallStatus.OPEN);
		for (int i = 0; i < candidates.size() && i < AMOUNTS.length; i++) {
			var row = candidates.get(i);
			// Sanna applies for her own service area; Tiina entered the other areas' applications from their e-mails.
			var applicant = education.equals(row.serviceAreaId()) ? sanna : tiina;
			var application = calls.apply(applicant, decided.getId(), row.id(), BigDecimal.valueOf(AMOUNTS[i]),
					JUSTIFICATIONS[i]);
			scores.score(tiina, decided.getId(), application.getId(), levels(active, i, 0), "");
			scores.score(aino, decided.getId(), application.getId(), levels(active, i, 1),
					i == 2 ? "Tärkeä, mutta ei mahdu jäljellä olevaan määrärahaan." : "");
		}
		calls.move(tiina, decided.getId(), FundingCallStatus.CLOSED);
		// The city board decided the results; its bodies are not the application's steering bodies, so named in words.
		decisions.decide(tiina, decided.getId(), new FundingResult(null, "Kaupunginhallitus", LocalDate.of(2026, 4, 14),
				"§ 112", "KUU/512/02.02.00/2026"));

		LocalDate today = LocalDate.now(clock);
		LocalDate opens = today.minusDays(10).isAfter(LocalDate.of(2026, 3, 13)) ? today.minusDays(10)
				: LocalDate.of(2026, 3, 16);
		var open = calls.create(tiina, new FundingCallDefinition(OPEN + " " + opens.getYear(),
				"Pienet tekoälykokeilut, joissa palvelualue kokeilee tekoälyä omassa asiakastyössään enintään puolen "
						+ "vuoden ajan. Kokeilun tulokset esitellään tietohallinnon ohjausryhmälle.",
				new BigDecimal("80000"), new FundingPeriod(opens, opens.plusDays(45)), used));
		calls.move(tiina, open.getId(), FundingCallStatus.OPEN);
		candidates.stream().filter(r -> education.equals(r.serviceAreaId())).findFirst()
			.or(() -> portfolio.find(municipality.getId(), PortfolioFilter.none()).rows().stream()
				.filter(r -> education.equals(r.serviceAreaId()) && r.status() == Status.PROPOSAL).findFirst())
			.ifPresent(row -> calls.apply(sanna, open.getId(), row.id(), new BigDecimal("18000"),
					"Kokeilemme tekoälyavusteista oppilaan tuen suunnittelua kahdessa koulussa."));
	}

	/** The first open project of each service area, so that the applications come from different areas. */
	private List<PortfolioRow> onePerServiceArea(UUID organisationId) {
		var seen = new HashMap<UUID, PortfolioRow>();
		var result = new ArrayList<PortfolioRow>();
		for (var row : portfolio.find(organisationId, PortfolioFilter.none()).rows()) {
			boolean open = row.status() == Status.PROPOSAL || row.status() == Status.ASSESSED
					|| row.status() == Status.APPROVED || row.status() == Status.IDEA;
			if (open && row.serviceAreaId() != null && seen.putIfAbsent(row.serviceAreaId(), row) == null) {
				result.add(row);
			}
		}
		// Fill up with further open projects when there are fewer service areas than applications.
		for (var row : portfolio.find(organisationId, PortfolioFilter.none()).rows()) {
			if (result.size() >= AMOUNTS.length) {
				break;
			}
			if (!result.contains(row) && row.serviceAreaId() != null
					&& (row.status() == Status.PROPOSAL || row.status() == Status.APPROVED)) {
				result.add(row);
			}
		}
		return result;
	}

	/**
	 * Levels falling with the rank: the first evaluator rounds down and the second up, so every criterion's mean
	 * falls strictly from one rank to the next and the ranking never rests on a tie.
	 */
	private static Map<UUID, Integer> levels(List<Criterion> active, int rank, int evaluator) {
		var levels = new HashMap<UUID, Integer>();
		for (var c : active) {
			double drop = rank * (c.getScaleEnd() - c.getScaleStart()) / 4.0;
			int level = c.getScaleEnd() - (int) (evaluator == 0 ? Math.floor(drop) : Math.ceil(drop));
			levels.put(c.getId(), Math.clamp(level, c.getScaleStart(), c.getScaleEnd()));
		}
		return levels;
	}

	private CurrentUser person(Organisation municipality, String displayName, Role role,
			@Nullable UUID serviceArea) {
		var person = organisations.peopleOf(municipality.getId()).stream()
			.filter(p -> p.displayName().equals(displayName)).findFirst().orElseThrow();
		return new CurrentUser(person.id(), person.displayName(), municipality.getId(), municipality.getName(),
				EnumSet.of(role), serviceArea == null ? Set.of() : Set.of(serviceArea), List.of());
	}

}
