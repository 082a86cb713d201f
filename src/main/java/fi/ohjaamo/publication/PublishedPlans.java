package fi.ohjaamo.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.ohjaamo.actionplan.ApprovedPlans;
import fi.ohjaamo.actionplan.ApprovedPlans.ApprovedPlan;
import fi.ohjaamo.actionplan.GroupLevel;
import fi.ohjaamo.actionplan.PlanChapter;
import fi.ohjaamo.actionplan.PlanGroup;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.UnitTree;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.strategy.GoalView;
import fi.ohjaamo.strategy.StrategicGoals;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approved action plans an organisation publishes, as frozen at approval (ADR 0014). A draft is never published.
 * Each project in a plan is reduced to exactly the fields of {@link PublicProject}, as in the published portfolio.
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
		return new PublicPlan(slug, organisationName(organisationId), summary(plan), contents.introduction(),
				contents.groups().stream().map(g -> group(g, plan.approvedAt(), units, goalNames)).toList());
	}

	private static PublicPlanSummary summary(ApprovedPlan plan) {
		var contents = plan.contents();
		var approval = contents.approval();
		if (approval == null) {
			throw new IllegalStateException("an approved plan without its approval");
		}
		return new PublicPlanSummary(contents.planId(), contents.title(), contents.period(), approval.body(),
				approval.date(), approval.section(), approval.diaryNumber(), approval.link(), plan.approvedAt());
	}

	private static PublicPlanGroup group(PlanGroup group, Instant approvedAt, UnitTree units,
			Map<UUID, String> goalNames) {
		return new PublicPlanGroup(group.number(), group.level(), group.heading(),
				group.entries().stream()
					.map(e -> new PublicPlanEntry(e.number(),
							PublishedProjects.toPublic(e.projectId(), e.card(), approvedAt, units, goalNames)))
					.toList(),
				group.subgroups().stream().map(s -> group(s, approvedAt, units, goalNames)).toList());
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
			@Schema(description = "Date of the approval decision") LocalDate approvedOn,
			@Schema(description = "Section (§) of the minutes") String section,
			@Schema(description = "Diary number of the decision, if any") @Nullable String diaryNumber,
			@Schema(description = "Link to the minutes, if any") @Nullable String minutesLink,
			@Schema(description = "When the approval was recorded and the plan frozen") Instant frozenAt) {
	}

	/** An approved plan as published: the introduction numbered first, then the numbered groups. */
	public record PublicPlan(String slug, String organisationName, PublicPlanSummary plan,
			List<PlanChapter> introduction, List<PublicPlanGroup> groups) {
	}

	@Schema(description = "A numbered group of the plan: a category, a service area or a unit")
	public record PublicPlanGroup(String number, GroupLevel level, String heading, List<PublicPlanEntry> projects,
			List<PublicPlanGroup> subgroups) {
	}

	@Schema(description = "A project in the plan with its number in the plan, as frozen at approval")
	public record PublicPlanEntry(String number, PublicProject project) {
	}

}
