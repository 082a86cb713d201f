package fi.ohjaamo.portfolio;

import java.util.List;
import java.util.Set;

import fi.ohjaamo.organisation.UnitTree;
import fi.ohjaamo.shared.SchedulePoint;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The rules of a card that span fields or need the organisation's data, each reported on the field a
 * person has to change. Single-field rules are Bean Validation annotations on {@link ProjectCard}.
 */
final class ProjectCardChecks {

	private ProjectCardChecks() {
	}

	static void check(ProjectCard card, UnitTree units, Set<java.util.UUID> goals, @Nullable Status current,
			Errors errors) {
		checkUnits(card, units, errors);
		checkStatus(card, current, errors);
		checkImpacts(card, errors);
		checkGoals(card, goals, errors);
		checkSchedule(card, errors);
		checkCosts(card.costs(), errors);
		checkResources(card.resources(), errors);
	}

	private static void checkUnits(ProjectCard card, UnitTree units, Errors errors) {
		if (card.serviceAreaId() != null && !units.isServiceArea(card.serviceAreaId())) {
			errors.rejectValue("serviceAreaId", "portfolio.project.serviceAreaId.unknown");
		}
		if (card.unitId() != null && !units.isUnitOf(card.unitId(), card.serviceAreaId())) {
			errors.rejectValue("unitId", "portfolio.project.unitId.notInServiceArea");
		}
	}

	private static void checkStatus(ProjectCard card, @Nullable Status current, Errors errors) {
		if (current != null && card.status() != null && !current.canMoveTo(card.status())) {
			errors.rejectValue("status", "portfolio.project.status.unreachable");
		}
	}

	private static void checkImpacts(ProjectCard card, Errors errors) {
		String[] fields = { "impactOrganisation", "impactSecurity", "impactData", "impactCaseManagement" };
		List<ImpactPart> parts = card.impacts();
		for (int i = 0; i < fields.length; i++) {
			if (parts.get(i).lacksText()) {
				errors.rejectValue(fields[i] + ".text", parts.get(i).state() == ImpactState.NOT_ASSESSED
						? "portfolio.project.impact.reasonMissing" : "portfolio.project.impact.textMissing");
			}
		}
		boolean answeredInSummary = parts.stream().anyMatch(part -> part.state() == ImpactState.IN_SUMMARY);
		if (answeredInSummary && card.impactSummary().isBlank() && !errors.hasFieldErrors("impactSummary")) {
			errors.rejectValue("impactSummary", "portfolio.project.impact.summaryMissing");
		}
	}

	private static void checkGoals(ProjectCard card, Set<java.util.UUID> goals, Errors errors) {
		if (!card.noStrategicGoal() && card.goalIds().isEmpty()) {
			errors.rejectValue("goalIds", "portfolio.project.goalIds.missing");
		}
		if (!goals.containsAll(card.goalIds())) {
			errors.rejectValue("goalIds", "portfolio.project.goalIds.unknown");
		}
	}

	private static void checkSchedule(ProjectCard card, Errors errors) {
		var start = point(card.scheduleStart(), "scheduleStart", errors);
		var end = point(card.scheduleEnd(), "scheduleEnd", errors);
		if (start != null && end != null && !start.canBeFollowedBy(end)) {
			errors.rejectValue("scheduleEnd", "portfolio.project.scheduleEnd.beforeStart");
		}
	}

	private static @Nullable SchedulePoint point(@Nullable String text, String field, Errors errors) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		var point = SchedulePoint.parse(text);
		if (point.isEmpty() && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "portfolio.project.schedule.malformed");
		}
		return point.orElse(null);
	}

	private static void checkCosts(List<CostLine> costs, Errors errors) {
		for (int i = 0; i < costs.size(); i++) {
			var line = costs.get(i);
			String prefix = "costs[" + i + "].";
			if (line.kind() == CostKind.ONE_OFF && line.toYear() != null && !line.toYear().equals(line.fromYear())) {
				errors.rejectValue(prefix + "toYear", "portfolio.project.cost.oneOffSingleYear");
			}
			else if (line.fromYear() != null && line.toYear() != null && line.toYear() < line.fromYear()
					&& !errors.hasFieldErrors(prefix + "toYear")) {
				errors.rejectValue(prefix + "toYear", "portfolio.project.cost.toYearBeforeFromYear");
			}
			if (!line.amountUnknown() && line.amountMin() == null && !errors.hasFieldErrors(prefix + "amountMin")) {
				errors.rejectValue(prefix + "amountMin", "portfolio.project.cost.amountMissing");
			}
			if (line.amountMin() == null && line.amountMax() != null && !errors.hasFieldErrors(prefix + "amountMax")) {
				errors.rejectValue(prefix + "amountMin", "portfolio.project.cost.amountMissing");
			}
			if (line.amountMin() != null && line.amountMax() != null && line.amountMax().compareTo(line.amountMin()) < 0
					&& !errors.hasFieldErrors(prefix + "amountMax")) {
				errors.rejectValue(prefix + "amountMax", "portfolio.project.range.upsideDown");
			}
		}
	}

	private static void checkResources(List<ResourceLine> resources, Errors errors) {
		for (int i = 0; i < resources.size(); i++) {
			var line = resources.get(i);
			String prefix = "resources[" + i + "].";
			if (line.amountMin() == null && line.amountMax() != null && !errors.hasFieldErrors(prefix + "amountMax")) {
				errors.rejectValue(prefix + "amountMin", "portfolio.project.resource.amountMissing");
			}
			if (line.amountMin() != null && line.amountMax() != null && line.amountMax().compareTo(line.amountMin()) < 0
					&& !errors.hasFieldErrors(prefix + "amountMax")) {
				errors.rejectValue(prefix + "amountMax", "portfolio.project.range.upsideDown");
			}
		}
	}

}
