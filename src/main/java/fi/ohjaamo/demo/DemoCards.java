package fi.ohjaamo.demo;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.EffortUnit;
import fi.ohjaamo.portfolio.ImpactPart;
import fi.ohjaamo.portfolio.ImpactState;
import fi.ohjaamo.portfolio.Likelihood;
import fi.ohjaamo.portfolio.Obligation;
import fi.ohjaamo.portfolio.Priority;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.ProjectKind;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.portfolio.ResourceParty;
import fi.ohjaamo.portfolio.ScheduleOwner;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.portfolio.Vat;
import fi.ohjaamo.portfolio.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * A project card written field by field in the order of the action plan's template. The builder stays
 * usable after {@link #build()}, so a project's later versions are the same card with a few fields changed.
 */
final class DemoCards {

	private final DemoOrganisation organisation;

	/** Starts from the template's defaults, as a new card does, so only what the demo sets is named here. */
	private final ProjectCard.Builder card;

	DemoCards(DemoOrganisation organisation, String number, String title) {
		this.organisation = organisation;
		card = ProjectCard.blank(null).toBuilder().number(number).title(title);
	}

	DemoCards infrastructure() {
		card.category(Category.INFRASTRUCTURE);
		return this;
	}

	DemoCards cityWide() {
		card.category(Category.CITY_WIDE);
		return this;
	}

	DemoCards serviceAreaSpecific() {
		card.category(Category.SERVICE_AREA);
		return this;
	}

	DemoCards owner(String serviceArea) {
		card.serviceAreaId(organisation.serviceArea(serviceArea).getId()).unitId(null);
		return this;
	}

	DemoCards owner(String serviceArea, String unit) {
		card.serviceAreaId(organisation.serviceArea(serviceArea).getId())
			.unitId(organisation.unitOf(serviceArea, unit).getId());
		return this;
	}

	DemoCards mandatory() {
		card.obligation(Obligation.MANDATORY);
		return this;
	}

	DemoCards kind(ProjectKind kind) {
		card.kind(kind);
		return this;
	}

	DemoCards status(Status status) {
		card.status(status);
		return this;
	}

	DemoCards published() {
		card.visibility(Visibility.PUBLIC);
		return this;
	}

	DemoCards manager(UUID personId) {
		card.projectManagerId(personId);
		return this;
	}

	/** The description, one argument per paragraph. */
	DemoCards description(String... paragraphs) {
		card.description(String.join("\n\n", paragraphs));
		return this;
	}

	/** The economic and operational impact: what changes when the project is done. */
	DemoCards changes(String text) {
		card.impactSummary(text);
		return this;
	}

	/** The four parts of the change-impact assessment: a) organisation, b) security, c) data, d) case management. */
	DemoCards impacts(ImpactPart organisation, ImpactPart security, ImpactPart data, ImpactPart caseManagement) {
		card.impactOrganisation(organisation)
			.impactSecurity(security)
			.impactData(data)
			.impactCaseManagement(caseManagement);
		return this;
	}

	DemoCards notAssessed(String reason) {
		return impacts(notAssessedBecause(reason), notAssessedBecause(reason), notAssessedBecause(reason),
				notAssessedBecause(reason));
	}

	DemoCards goals(String... keys) {
		card.goalIds(Arrays.stream(keys).map(organisation::goalId).toList()).noStrategicGoal(false);
		return this;
	}

	/** No strategic goal: the project keeps something running rather than changing it. */
	DemoCards lifecycleUpdate() {
		card.goalIds(List.of()).noStrategicGoal(true);
		return this;
	}

	DemoCards schedule(String start, String end) {
		card.scheduleStart(start).scheduleEnd(end);
		return this;
	}

	DemoCards startsAt(String start) {
		return schedule(start, "");
	}

	DemoCards scheduleNote(String note) {
		card.scheduleNote(note);
		return this;
	}

	DemoCards likelihood(Likelihood likelihood, String note) {
		card.likelihood(likelihood).likelihoodNote(note);
		return this;
	}

	DemoCards priority(Priority priority) {
		card.priority(priority);
		return this;
	}

	DemoCards scheduleOwner(ScheduleOwner owner) {
		card.scheduleOwner(owner);
		return this;
	}

	DemoCards costs(CostLine... lines) {
		card.costs(List.of(lines));
		return this;
	}

	DemoCards costNote(String note) {
		card.costNote(note);
		return this;
	}

	DemoCards resources(ResourceLine... lines) {
		card.resources(List.of(lines));
		return this;
	}

	DemoCards resourceNote(String note) {
		card.resourceNote(note);
		return this;
	}

	ProjectCard build() {
		return card.build();
	}

	static ImpactPart described(String text) {
		return new ImpactPart(ImpactState.DESCRIBED, text);
	}

	static ImpactPart noImpact() {
		return new ImpactPart(ImpactState.NO_IMPACT, "");
	}

	/** A part answered together with the others in the card's impact summary, as many plans write it. */
	static ImpactPart inSummary() {
		return new ImpactPart(ImpactState.IN_SUMMARY, "");
	}

	static ImpactPart notAssessedBecause(String reason) {
		return new ImpactPart(ImpactState.NOT_ASSESSED, reason);
	}

	static CostLine oneOff(int year, long amount, String note) {
		return new CostLine(CostKind.ONE_OFF, year, null, euros(amount), null, false, Vat.EXCLUDED, note);
	}

	static CostLine oneOff(int year, long min, long max, String note) {
		return new CostLine(CostKind.ONE_OFF, year, null, euros(min), euros(max), false, Vat.EXCLUDED, note);
	}

	/** A cost every year from {@code fromYear}, until {@code toYear} or on and on when that is null. */
	static CostLine yearly(int fromYear, @Nullable Integer toYear, long amount, String note) {
		return new CostLine(CostKind.RECURRING, fromYear, toYear, euros(amount), null, false, Vat.EXCLUDED, note);
	}

	static CostLine yearly(int fromYear, @Nullable Integer toYear, long min, long max, String note) {
		return new CostLine(CostKind.RECURRING, fromYear, toYear, euros(min), euros(max), false, Vat.EXCLUDED, note);
	}

	static CostLine unknown(CostKind kind, int year, String note) {
		return new CostLine(kind, year, null, null, null, true, Vat.EXCLUDED, note);
	}

	/** The same estimate stated with VAT, as offers to a municipality often are. */
	static CostLine withVat(CostLine line) {
		return new CostLine(line.kind(), line.fromYear(), line.toYear(), line.amountMin(), line.amountMax(),
				line.amountUnknown(), Vat.INCLUDED, line.note());
	}

	static ResourceLine days(ResourceParty party, double amount, String note) {
		return new ResourceLine(party, EffortUnit.PERSON_DAYS, effort(amount), null, note);
	}

	static ResourceLine days(ResourceParty party, double min, double max, String note) {
		return new ResourceLine(party, EffortUnit.PERSON_DAYS, effort(min), effort(max), note);
	}

	static ResourceLine years(ResourceParty party, double amount, String note) {
		return new ResourceLine(party, EffortUnit.PERSON_YEARS, effort(amount), null, note);
	}

	static ResourceLine years(ResourceParty party, double min, double max, String note) {
		return new ResourceLine(party, EffortUnit.PERSON_YEARS, effort(min), effort(max), note);
	}

	/** People taking part, as plans often count them: "2 henkilöä". */
	static ResourceLine persons(ResourceParty party, double amount, String note) {
		return new ResourceLine(party, EffortUnit.PERSONS, effort(amount), null, note);
	}

	static ResourceLine daysPerProcess(ResourceParty party, double amount, String note) {
		return new ResourceLine(party, EffortUnit.DAYS_PER_PROCESS, effort(amount), null, note);
	}

	/** Work that is known to be needed but not yet estimated. */
	static ResourceLine unestimated(ResourceParty party, String note) {
		return new ResourceLine(party, EffortUnit.PERSON_DAYS, null, null, note);
	}

	private static BigDecimal euros(long amount) {
		return BigDecimal.valueOf(amount);
	}

	private static BigDecimal effort(double amount) {
		return amount == Math.rint(amount) ? BigDecimal.valueOf((long) amount) : BigDecimal.valueOf(amount);
	}

}
