package fi.ohjaamo.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Status;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What has changed in the live portfolio since a plan was approved: cards revised since, and cards given up. */
@Service
@Transactional(readOnly = true)
public class PlanChanges {

	/** A project of the approved plan whose card has changed since, with the fields that differ. */
	public record ChangedCard(String number, UUID projectId, String title, int approvedRevision, int latestRevision,
			List<String> fields, Status status, boolean givenUp) {
	}

	private final ActionPlans plans;

	private final Projects projects;

	PlanChanges(ActionPlans plans, Projects projects) {
		this.plans = plans;
		this.projects = projects;
	}

	/** The changed cards in the plan's order; empty for a draft, which always shows the latest cards. */
	public List<ChangedCard> since(UUID organisationId, UUID planId, Locale locale) {
		var plan = plans.get(organisationId, planId);
		if (!plan.isApproved()) {
			return List.of();
		}
		var changed = new ArrayList<ChangedCard>();
		for (var entry : entries(plans.contents(plan, locale).groups())) {
			var latest = projects.latest(organisationId, entry.projectId());
			if (latest.number() == entry.revision()) {
				continue;
			}
			var status = Objects.requireNonNull(latest.card().status(), "a saved card has a status");
			changed.add(new ChangedCard(entry.number(), entry.projectId(), String.valueOf(latest.card().title()),
					entry.revision(), latest.number(), CardChanges.fieldsChanged(entry.card(), latest.card()), status,
					status == Status.CANCELLED || status == Status.REJECTED));
		}
		return changed;
	}

	static List<PlanEntry> entries(List<PlanGroup> groups) {
		var entries = new ArrayList<PlanEntry>();
		for (var group : groups) {
			entries.addAll(group.entries());
			entries.addAll(entries(group.subgroups()));
		}
		return entries;
	}

}
