package fi.ohjaamo.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.portfolio.ProjectSummaries;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.prioritisation.Criteria;
import fi.ohjaamo.prioritisation.Scores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prioritisation for the generated city, so that the ranking is measured at full size: the demo's five criteria,
 * two evaluators with IT management's role who score four of every five open projects, and every fourth of those
 * scored a second time, as a steering group's second round would. Runs once, when the city has no criteria yet.
 */
final class DatasetScores {

	private static final Logger log = LoggerFactory.getLogger(DatasetScores.class);

	private final Organisations organisations;

	private final Criteria criteria;

	private final Scores scores;

	private final ProjectSummaries projects;

	private final TransactionTemplate transaction;

	DatasetScores(Organisations organisations, Criteria criteria, Scores scores, ProjectSummaries projects,
			PlatformTransactionManager transactionManager) {
		this.organisations = organisations;
		this.criteria = criteria;
		this.scores = scores;
		this.projects = projects;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	void generate(UUID organisationId) {
		if (!criteria.of(organisationId).isEmpty()) {
			return;
		}
		var organisation = organisations.find(organisationId).orElseThrow();
		var added = transaction.execute(status -> DemoCriteria.addTo(criteria, organisationId));
		var evaluators = List.of(evaluator(organisationId, organisation.getName(), "Arvioija Ensimmäinen"),
				evaluator(organisationId, organisation.getName(), "Arvioija Toinen"));
		var open = projects.in(organisationId, EnumSet.complementOf(EnumSet.of(Status.DONE, Status.CANCELLED)));
		int scored = 0;
		for (int i = 0; i < open.size(); i++) {
			if (i % 5 == 4) {
				continue;
			}
			UUID project = open.get(i).id();
			String number = open.get(i).number();
			boolean twice = i % 4 == 0;
			transaction.executeWithoutResult(status -> {
				if (twice) {
					scores.score(evaluators.get(0), project, DemoCriteria.levels(added, number + "-first", 0), "");
				}
				scores.score(evaluators.get(0), project, DemoCriteria.levels(added, number, 0), "");
				scores.score(evaluators.get(1), project, DemoCriteria.levels(added, number, 1), "");
			});
			scored++;
		}
		log.info("Scored {} of the {} open projects on {} criteria", scored, open.size(), added.size());
	}

	private CurrentUser evaluator(UUID organisationId, String organisationName, String name) {
		var person = transaction.execute(status -> {
			var added = organisations.addPerson(name, null);
			organisations.grant(added.getId(), organisationId, Role.IT_MANAGEMENT, null);
			return added;
		});
		return new CurrentUser(person.getId(), name, organisationId, organisationName, EnumSet.of(Role.IT_MANAGEMENT),
				Set.of(), List.of());
	}

}
