package fi.ohjaamo.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fi.ohjaamo.actionplan.ApprovedPlans;
import fi.ohjaamo.actionplan.ApprovedPlans.ApprovedPlan;
import fi.ohjaamo.actionplan.GroupLevel;
import fi.ohjaamo.actionplan.PlanChapter;
import fi.ohjaamo.actionplan.PlanEntry;
import fi.ohjaamo.actionplan.PlanGroup;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.UnitTree;
import fi.ohjaamo.portfolio.NotPublishedReason;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.strategy.GoalView;
import fi.ohjaamo.strategy.StrategicGoals;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approved action plans an organisation publishes, as frozen at approval (ADR 0014). A draft is never published.
 * A plan publishes only the projects the published portfolio would (marked public, never an idea, as the card read
 * at approval), each reduced to exactly the fields of {@link PublicProject}; the others are only counted.
 */
@Service
@Transactional(readOnly = true)
public class PublishedPlans {

	private final PublicationSites sites;

	private final ApprovedPlans approved;

	private final Organisations organisations;

	private final StrategicGoals goals;

	PublishedPlans(PublicationSites sites, ApprovedPlans approved, Organisations organisations,
			StrategicGoals goals) {
		this.sites = sites;
		this.approved = approved;
		this.organisations = organisations;
		this.goals = goals;
	}

	/** The organisation's approved plans, the latest period first, without their contents. */
	public PublicPlanList plans(String slug, Locale locale) {
		UUID organisationId = sites.organisationOf(slug).orElseThrow(NotFoundException::new);
		var plans = approved.publishedPlans(organisationId, locale).stream().map(PublishedPlans::summary).toList();
		return new PublicPlanList(slug, organisationName(organisationId), plans);
	}

	/** One approved plan with its numbered introduction and groups. */
	public PublicPlan plan(String slug, UUID planId, Locale locale) {
		UUID organisationId = sites.organisationOf(slug).orElseThrow(NotFoundException::new);
		var plan = approved.publishedPlan(organisationId, planId, locale);
		var units = organisations.unitsOf(organisationId);
		var goalNames = goals.of(organisationId).stream().collect(Collectors.toMap(GoalView::id, GoalView::name));
		var contents = plan.contents();
		var groups = contents.groups().stream()
			.map(g -> group(g, plan.approvedAt(), units, goalNames))
			.flatMap(Optional::stream)
			.toList();
		int notPublished = (int) entries(contents.groups()).filter(e -> !NotPublishedReason.publishes(e.card()))
			.count();
		return new PublicPlan(slug, organisationName(organisationId), summary(plan), contents.introduction(),
				groups, notPublished);
	}

	private static PublicPlanSummary summary(ApprovedPlan plan) {
		var contents = plan.contents();
		var approval = contents.approval();
		if (approval == null) {
			throw new IllegalStateException("an approved plan without its approval");
		}
		var decisions = contents.approvals()
			.stream()
			.map(a -> new PublicDecision(a.body(), a.date(), a.section(), a.appendix(), a.diaryNumber(), a.link()))
			.toList();
		return new PublicPlanSummary(contents.planId(), contents.title(), contents.period(), approval.body(),
				approval.date(), approval.section(), approval.diaryNumber(), approval.link(), plan.approvedAt(),
				decisions);
	}

	/**
	 * The group with only the projects that may be published, as the published portfolio's rule says, each with its
	 * number as approved; none when nothing in it may be published, so no empty heading is left behind.
	 */
	private static Optional<PublicPlanGroup> group(PlanGroup group, Instant approvedAt, UnitTree units,
			Map<UUID, String> goalNames) {
		var projects = group.entries().stream()
			.filter(e -> NotPublishedReason.publishes(e.card()))
			.map(e -> new PublicPlanEntry(e.number(),
					PublishedProjects.toPublic(e.projectId(), e.card(), approvedAt, units, goalNames)))
			.toList();
		var subgroups = group.subgroups().stream()
			.map(s -> group(s, approvedAt, units, goalNames))
			.flatMap(Optional::stream)
			.toList();
		if (projects.isEmpty() && subgroups.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new PublicPlanGroup(group.number(), group.level(), group.heading(), projects, subgroups));
	}

	private static Stream<PlanEntry> entries(List<PlanGroup> groups) {
		return groups.stream().flatMap(g -> Stream.concat(g.entries().stream(), entries(g.subgroups())));
	}

	private String organisationName(UUID organisationId) {
		return organisations.find(organisationId).map(o -> o.getName()).orElse("");
	}

	/** An organisation's approved plans. */
	public record PublicPlanList(String slug, String organisationName, List<PublicPlanSummary> plans) {
	}

	@Schema(description = "An approved action plan and its approval decision")
	public record PublicPlanSummary(UUID id, String title, @Schema(description = "The plan's period in words") String period,
			@Schema(description = "The body that approved the plan") String approvedBy,
			@Schema(description = "Date of the approval decision; none when not known") @Nullable LocalDate approvedOn,
			@Schema(description = "Section (§) of the minutes") String section,
			@Schema(description = "Diary number of the decision, if any") @Nullable String diaryNumber,
			@Schema(description = "Link to the minutes, if any") @Nullable String minutesLink,
			@Schema(description = "When the approval was recorded and the plan frozen") Instant frozenAt,
			@Schema(description = "Every decision of the approval chain in order, the first one (above) included")
			List<PublicDecision> decisions) {
	}

	@Schema(description = "A decision of a plan's approval chain, such as the board's and then the council's")
	public record PublicDecision(@Schema(description = "The body that decided") String body,
			@Schema(description = "Date of the decision; none when not known") @Nullable LocalDate date,
			@Schema(description = "Section (§) of the minutes") String section,
			@Schema(description = "Appendix number, if any") @Nullable String appendix,
			@Schema(description = "Diary number of the decision, if any") @Nullable String diaryNumber,
			@Schema(description = "Link to the minutes, if any") @Nullable String minutesLink) {
	}

	/**
	 * An approved plan as published: the introduction numbered first, then the numbered groups, and how many of the
	 * plan's projects are not published (internal cards and ideas), which is all that is told of them.
	 */
	public record PublicPlan(String slug, String organisationName, PublicPlanSummary plan,
			List<PlanChapter> introduction, List<PublicPlanGroup> groups, int projectsNotPublished) {
	}

	@Schema(description = "A numbered group of the plan: a category, a service area or a unit")
	public record PublicPlanGroup(String number, GroupLevel level, String heading, List<PublicPlanEntry> projects,
			List<PublicPlanGroup> subgroups) {
	}

	@Schema(description = "A project in the plan with its number in the plan, as frozen at approval")
	public record PublicPlanEntry(String number, PublicProject project) {
	}

}
