package fi.ohjaamo.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.demo.DatasetPlan.Subject;
import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.ImpactPart;
import fi.ohjaamo.portfolio.Likelihood;
import fi.ohjaamo.portfolio.Obligation;
import fi.ohjaamo.portfolio.Priority;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.ProjectKind;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.portfolio.ScheduleOwner;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.portfolio.Visibility;
import fi.ohjaamo.shared.SchedulePoint;
import org.jspecify.annotations.Nullable;

/**
 * A generated card while its project's history is written: every revision changes a few fields here
 * and saves {@link #build()}. It also remembers what the card is about, for the texts of later edits.
 */
final class DatasetCard {

	final DatasetCity.Area area;

	final Subject subject;

	final DatasetTexts texts;

	/** The status the project's history ends in, which decides when its schedule lies. */
	final Status destination;

	/** How many more months the start may still slip before the project gets going. */
	int slipBudget;

	String title = "";

	String number = "";

	Category category = Category.SERVICE_AREA;

	@Nullable UUID unitId;

	Obligation obligation = Obligation.SELECTED;

	ProjectKind kind = ProjectKind.DEVELOPMENT;

	Status status = Status.PROPOSAL;

	Visibility visibility = Visibility.INTERNAL;

	@Nullable UUID projectManagerId;

	String description = "";

	String changes = "";

	ImpactPart[] impacts = { ImpactPart.notAssessed(), ImpactPart.notAssessed(), ImpactPart.notAssessed(),
			ImpactPart.notAssessed() };

	List<UUID> goalIds = new ArrayList<>();

	boolean noStrategicGoal;

	@Nullable SchedulePoint start;

	@Nullable SchedulePoint end;

	String scheduleNote = "";

	Likelihood likelihood = Likelihood.LIKELY;

	String likelihoodNote = "";

	Priority priority = Priority.MEDIUM;

	ScheduleOwner scheduleOwner = ScheduleOwner.BOTH;

	List<CostLine> costs = new ArrayList<>();

	String costNote = "";

	List<ResourceLine> resources = new ArrayList<>();

	String resourceNote = "";

	DatasetCard(DatasetCity.Area area, Subject subject, DatasetTexts texts, Status destination) {
		this.area = area;
		this.subject = subject;
		this.texts = texts;
		this.destination = destination;
	}

	ProjectCard build() {
		return ProjectCard.blank(area.id())
			.toBuilder()
			.title(title)
			.number(number)
			.category(category)
			.unitId(unitId)
			.obligation(obligation)
			.kind(kind)
			.status(status)
			.visibility(visibility)
			.projectManagerId(projectManagerId)
			.description(description)
			.impactSummary(changes)
			.impactOrganisation(impacts[0])
			.impactSecurity(impacts[1])
			.impactData(impacts[2])
			.impactCaseManagement(impacts[3])
			.goalIds(List.copyOf(goalIds))
			.noStrategicGoal(noStrategicGoal)
			.scheduleStart(start == null ? "" : start.toString())
			.scheduleEnd(end == null ? "" : end.toString())
			.scheduleNote(scheduleNote)
			.likelihood(likelihood)
			.likelihoodNote(likelihoodNote)
			.priority(priority)
			.scheduleOwner(scheduleOwner)
			.costs(List.copyOf(costs))
			.costNote(costNote)
			.resources(List.copyOf(resources))
			.resourceNote(resourceNote)
			.build();
	}

}
