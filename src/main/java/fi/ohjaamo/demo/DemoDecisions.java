package fi.ohjaamo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.decisions.Analysis;
import fi.ohjaamo.decisions.Approvals;
import fi.ohjaamo.decisions.DecisionOutcome;
import fi.ohjaamo.decisions.DecisionRecord;
import fi.ohjaamo.decisions.DecisionRules;
import fi.ohjaamo.decisions.ProjectFiles;
import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisation;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.portfolio.PortfolioFilter;
import fi.ohjaamo.portfolio.PortfolioQuery;
import fi.ohjaamo.portfolio.PortfolioRow;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.steering.SteeringBodies;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo municipality's steering bodies, decision rules like Helsinki's and Kaarina's, facts and a TCO analysis
 * for some proposals, and three proposals taken through the approval flow: one approved, one returned for changes,
 * one rejected, each recorded by a member of the body the rules name; the returned one, assessed again, awaits its body.
 * Added once, when the municipality has no bodies.
 */
@Component
@Order(16)
@ConditionalOnBooleanProperty("ohjaamo.demo.enabled")
class DemoDecisions implements ApplicationRunner {

	private final Organisations organisations;

	private final PortfolioQuery portfolio;

	private final SteeringBodies bodies;

	private final DecisionRules rules;

	private final ProjectFiles files;

	private final Approvals approvals;

	private final TransactionTemplate transaction;

	DemoDecisions(Organisations organisations, PortfolioQuery portfolio, SteeringBodies bodies, DecisionRules rules,
			ProjectFiles files, Approvals approvals, PlatformTransactionManager transactionManager) {
		this.organisations = organisations;
		this.portfolio = portfolio;
		this.bodies = bodies;
		this.rules = rules;
		this.files = files;
		this.approvals = approvals;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		var municipality = organisations.named(DemoData.MUNICIPALITY);
		if (municipality.isEmpty() || !bodies.of(municipality.get().getId()).isEmpty()) {
			return;
		}
		transaction.executeWithoutResult(status -> load(municipality.get()));
	}

	private void load(Organisation municipality) {
		UUID org = municipality.getId();
		var tiina = user(municipality, "Tiina Tietohallintojohtaja", Role.IT_MANAGEMENT);
		var aino = user(municipality, "Aino Ylläpitäjä", Role.IT_MANAGEMENT);
		var sanna = user(municipality, "Sanna Sivistys", Role.SERVICE_AREA_EDITOR);
		var ville = user(municipality, "Ville Valtuutettu", Role.VIEWER);
		var pekka = user(municipality, "Pekka Projektipäällikkö", Role.PROJECT_MANAGER);
		var matrix = new DemoDecisionRules(bodies, rules, org);
		matrix.addRules(matrix.addBodies(tiina.personId(), aino.personId(), sanna.personId(), pekka.personId(),
				ville.personId()));

		var decidable = decidableProposals(tiina, org);
		var outcomes = List.of(DecisionOutcome.APPROVED, DecisionOutcome.RETURNED, DecisionOutcome.REJECTED);
		for (int i = 0; i < Math.min(outcomes.size(), decidable.size()); i++) {
			prepare(tiina, decidable.get(i), i);
			decide(decidable.get(i), outcomes.get(i), i, List.of(tiina, aino, sanna, ville));
		}
		// The returned proposal was completed and assessed again; it waits for its body's next meeting.
		if (decidable.size() > 1) {
			approvals.markAssessed(tiina, decidable.get(1).id());
		}
	}

	/** Proposals whose missing analyses the demo can record (a TCO or a risk assessment), by number. */
	private List<PortfolioRow> decidableProposals(CurrentUser itManager, UUID org) {
		var found = new ArrayList<PortfolioRow>();
		for (var row : portfolio.find(org, PortfolioFilter.none()).rows()) {
			if (row.status() != Status.PROPOSAL) {
				continue;
			}
			var standing = approvals.standing(itManager, row.id());
			if (standing.body() != null && !standing.missing().contains(Analysis.IMPACT_ASSESSMENT)) {
				found.add(row);
			}
		}
		return found;
	}

	/** States the facts, records the analyses the rules ask for and marks the proposal assessed. */
	private void prepare(CurrentUser itManager, PortfolioRow project, int index) {
		// The first decided project processes personal data, so its matrix also asks for a risk assessment.
		files.state(itManager, project.id(), index == 0, index == 0, false, null);
		var missing = approvals.standing(itManager, project.id()).missing();
		if (missing.contains(Analysis.TCO) || index == 0) {
			files.recordTco(itManager, project.id(), 5, new BigDecimal("85000"), new BigDecimal("24000"),
					"Viiden vuoden kokonaiskustannukset: hankinta, käyttöönotto, lisenssit ja ylläpito sekä oman "
							+ "henkilöstön työ. Vertailukohtana nykyisen järjestelmän jatkaminen.",
					"", LocalDate.of(2026, 2, 10));
		}
		if (approvals.standing(itManager, project.id()).missing().contains(Analysis.RISK_ASSESSMENT)) {
			files.recordRisk(itManager, project.id(), "Suurimmat riskit ovat toimittajariippuvuus ja tietojen "
					+ "siirto vanhasta järjestelmästä. Tietosuojan vaikutustenarviointi tehdään ennen käyttöönottoa.",
					"", LocalDate.of(2026, 2, 12));
		}
		approvals.markAssessed(itManager, project.id());
	}

	private void decide(PortfolioRow project, DecisionOutcome outcome, int index, List<CurrentUser> people) {
		var body = approvals.standing(people.getFirst(), project.id()).body();
		var member = people.stream().filter(p -> body != null && body.hasMember(p.personId())).findFirst().orElseThrow();
		approvals.record(member, project.id(), new DecisionRecord(outcome, LocalDate.of(2026, 3, 4 + 7 * index),
				"§ " + (21 + index), "KUU/" + (340 + index) + "/00.01.02/2026", text(outcome),
				outcome == DecisionOutcome.APPROVED ? "Hankkeen etenemisestä raportoidaan ohjausryhmälle neljännesvuosittain." : "",
				""));
	}

	private static String text(DecisionOutcome outcome) {
		return switch (outcome) {
			case APPROVED -> "Ohjausryhmä hyväksyi hankkeen toteutettavaksi esitetyn kokonaiskustannusarvion mukaisesti.";
			case RETURNED -> "Asia palautettiin valmisteluun. Hankkeen hyödyt ja vaihtoehdot on kuvattava tarkemmin.";
			case REJECTED -> "Hanketta ei hyväksytty. Tarve katetaan nykyisen järjestelmän laajennuksella.";
		};
	}

	private CurrentUser user(Organisation municipality, String displayName, Role role) {
		var person = organisations.peopleOf(municipality.getId())
			.stream()
			.filter(p -> p.displayName().equals(displayName))
			.findFirst()
			.orElseThrow();
		return new CurrentUser(person.id(), person.displayName(), municipality.getId(), municipality.getName(),
				EnumSet.of(role), Set.of(), List.of());
	}

}
