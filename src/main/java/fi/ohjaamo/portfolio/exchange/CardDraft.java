package fi.ohjaamo.portfolio.exchange;

import java.util.List;
import java.util.UUID;

import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.ImpactPart;
import fi.ohjaamo.portfolio.Likelihood;
import fi.ohjaamo.portfolio.Obligation;
import fi.ohjaamo.portfolio.Priority;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.ProjectKind;
import fi.ohjaamo.portfolio.ScheduleOwner;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.portfolio.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * A card being filled in from a row: it starts as the saved card (or a blank one) and each column found in the
 * file overwrites its field, so fields without a column stay exactly as saved. The cost and resource lines come from their own sheets
 * ({@link LineReader}).
 */
final class CardDraft {

	String title, number, description, impactSummary, scheduleStart, scheduleEnd, scheduleNote, likelihoodNote,
			costNote, resourceNote;

	@Nullable Category category;

	@Nullable UUID serviceAreaId, unitId, projectManagerId, worksiteId;

	@Nullable Obligation obligation;

	@Nullable ProjectKind kind;

	@Nullable Status status;

	@Nullable Visibility visibility;

	ImpactPart[] impacts;

	List<UUID> goalIds;

	boolean noStrategicGoal;

	@Nullable Likelihood likelihood;

	@Nullable Priority priority;

	@Nullable ScheduleOwner scheduleOwner;

	private final ProjectCard base;

	CardDraft(ProjectCard base) {
		this.base = base;
		title = base.title();
		number = base.number();
		category = base.category();
		serviceAreaId = base.serviceAreaId();
		unitId = base.unitId();
		obligation = base.obligation();
		kind = base.kind();
		status = base.status();
		visibility = base.visibility();
		projectManagerId = base.projectManagerId();
		description = base.description();
		impactSummary = base.impactSummary();
		impacts = base.impacts().toArray(ImpactPart[]::new);
		goalIds = base.goalIds();
		noStrategicGoal = base.noStrategicGoal();
		scheduleStart = base.scheduleStart();
		scheduleEnd = base.scheduleEnd();
		scheduleNote = base.scheduleNote();
		likelihood = base.likelihood();
		likelihoodNote = base.likelihoodNote();
		priority = base.priority();
		scheduleOwner = base.scheduleOwner();
		costNote = base.costNote();
		resourceNote = base.resourceNote();
		worksiteId = base.worksiteId();
	}

	ProjectCard card() {
		return new ProjectCard(title, number, category, serviceAreaId, unitId, obligation, kind, status, visibility,
				projectManagerId, description, impactSummary, impacts[0], impacts[1], impacts[2], impacts[3], goalIds,
				noStrategicGoal, scheduleStart, scheduleEnd, scheduleNote, likelihood, likelihoodNote, priority,
				scheduleOwner, base.costs(), costNote, base.resources(), resourceNote, worksiteId);
	}

}
