package fi.ohjaamo.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisation;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.PersonView;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.portfolio.PortfolioFilter;
import fi.ohjaamo.portfolio.PortfolioQuery;
import fi.ohjaamo.portfolio.PortfolioRow;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.prioritisation.Criteria;
import fi.ohjaamo.prioritisation.Scores;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo municipality's prioritisation criteria, and scores by two IT-management evaluators, Tiina and Aino, for
 * most of its open projects; a few are left unscored, and one was scored again so that its history shows a change.
 * Added once, when the municipality exists and has no criteria yet.
 */
@Component
@Order(14)
@ConditionalOnBooleanProperty("ohjaamo.demo.enabled")
class DemoPrioritisation implements ApplicationRunner {

	/** The project scored twice by Tiina. */
	static final String RESCORED = "Asianhallintajärjestelmän uusiminen";

	/** Every how many open projects one is left unscored, so that the ranking shows unscored ones last. */
	private static final int UNSCORED_EVERY = 6;

	private final Organisations organisations;

	private final PortfolioQuery portfolio;

	private final Criteria criteria;

	private final Scores scores;

	private final TransactionTemplate transaction;

	DemoPrioritisation(Organisations organisations, PortfolioQuery portfolio, Criteria criteria, Scores scores,
			PlatformTransactionManager transactionManager) {
		this.organisations = organisations;
		this.portfolio = portfolio;
		this.criteria = criteria;
		this.scores = scores;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		var municipality = organisations.named(DemoData.MUNICIPALITY);
		if (municipality.isEmpty() || !criteria.of(municipality.get().getId()).isEmpty()) {
			return;
		}
		transaction.executeWithoutResult(status -> load(municipality.get()));
	}

	private void load(Organisation municipality) {
		UUID org = municipality.getId();
		var added = DemoCriteria.addTo(criteria, org);
		var tiina = evaluator(municipality, "Tiina Tietohallintojohtaja");
		var aino = evaluator(municipality, "Aino Ylläpitäjä");
		var open = portfolio.find(org, PortfolioFilter.none())
			.rows()
			.stream()
			.filter(r -> r.status() != Status.DONE && r.status() != Status.CANCELLED)
			.toList();
		for (int i = 0; i < open.size(); i++) {
			PortfolioRow row = open.get(i);
			if (i % UNSCORED_EVERY == UNSCORED_EVERY - 1 && !row.title().equals(RESCORED)) {
				continue;
			}
			if (row.title().equals(RESCORED)) {
				scores.score(tiina, row.id(), DemoCriteria.levels(added, row.number() + "-first", 0),
						"Ensimmäinen arvio hankesuunnitelman luonnoksen perusteella.");
			}
			scores.score(tiina, row.id(), DemoCriteria.levels(added, row.number(), 0),
					row.title().equals(RESCORED) ? "Arvio päivitetty: nykyisen järjestelmän tuki päättyy ennakoitua aiemmin."
							: "");
			scores.score(aino, row.id(), DemoCriteria.levels(added, row.number(), 1), "");
		}
	}

	private CurrentUser evaluator(Organisation municipality, String displayName) {
		PersonView person = organisations.peopleOf(municipality.getId())
			.stream()
			.filter(p -> p.displayName().equals(displayName))
			.findFirst()
			.orElseThrow();
		return new CurrentUser(person.id(), person.displayName(), municipality.getId(), municipality.getName(),
				EnumSet.of(Role.IT_MANAGEMENT), java.util.Set.of(), List.of());
	}

}
