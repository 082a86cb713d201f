package fi.ohjaamo.registers.views;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.registers.Answer;
import fi.ohjaamo.registers.Assessment;
import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Hosting;
import fi.ohjaamo.registers.InformationSystem;
import fi.ohjaamo.registers.Phase;
import fi.ohjaamo.registers.Verdict;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * The systems list as its URL states it, so a selection can be bookmarked and shared. A list means "any of these",
 * an empty one or a missing value no restriction; every criterion given narrows the list further.
 *
 * @param q words searched in the name, purpose, platform, main user and vendor's name
 * @param unassessed also (or only, with no verdict chosen) systems that have never been assessed
 * @param supportMonths the product's or the platform's support ends within this many months or has already ended
 * @param supportEnded the product's or the platform's support has already ended
 * @param personalData the answer to whether it handles personal data, UNKNOWN finding those not answered yet, as
 *        {@code criticality} and {@code hosting} do with their UNKNOWN
 */
public record SystemFilter(@Nullable String q, @Nullable UUID serviceArea, @Nullable UUID ownerUnit,
		@Nullable UUID vendor, @Nullable List<Criticality> criticality, @Nullable List<Hosting> hosting,
		@Nullable List<Phase> phase, @Nullable List<Verdict> verdict, @Nullable Boolean unassessed,
		@PositiveOrZero @Max(600) @Nullable Integer supportMonths, @Nullable Boolean supportEnded,
		@Nullable Answer personalData, @Nullable Answer useLogged) {

	public SystemFilter {
		q = q == null ? "" : q.strip();
		criticality = clean(criticality);
		hosting = clean(hosting);
		phase = clean(phase);
		verdict = clean(verdict);
		unassessed = Boolean.TRUE.equals(unassessed);
		supportEnded = Boolean.TRUE.equals(supportEnded);
	}

	public static SystemFilter none() {
		return new SystemFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The same filter without the support horizon, for when the horizon typed cannot be used. */
	public SystemFilter withoutSupportMonths() {
		return new SystemFilter(q, serviceArea, ownerUnit, vendor, criticality, hosting, phase, verdict, unassessed,
				null, supportEnded, personalData, useLogged);
	}

	/** How many values of a several-valued field are chosen; the form opens the groups that have some. */
	public int chosenCount(String field) {
		return switch (field) {
			case "criticality" -> Objects.requireNonNull(criticality).size();
			case "hosting" -> Objects.requireNonNull(hosting).size();
			case "phase" -> Objects.requireNonNull(phase).size();
			case "verdict" -> Objects.requireNonNull(verdict).size() + (Boolean.TRUE.equals(unassessed) ? 1 : 0);
			default -> 0;
		};
	}

	/**
	 * Whether the system passes every criterion; {@code vendorName} is the name of its vendor and {@code mainUserName}
	 * that of its main user, the organisation's person or the name in text, or empty.
	 */
	boolean matches(InformationSystem system, String vendorName, String mainUserName, LocalDate today) {
		return Words.of(q).foundIn(system.getName(), system.getPurpose(), system.getPlatform(), mainUserName,
				vendorName)
				&& same(serviceArea, system.getServiceAreaId()) && same(ownerUnit, system.getOwnerUnitId())
				&& same(vendor, system.getVendorId()) && any(criticality, system.getCriticality())
				&& any(hosting, system.getHosting()) && any(phase, system.getPhase())
				&& assessedAsChosen(system.latestAssessment().map(Assessment::verdict).orElse(null))
				&& supportAsChosen(system.supportEnds(), today) && same(personalData, system.getPersonalData())
				&& same(useLogged, system.getUseLogged());
	}

	private boolean assessedAsChosen(@Nullable Verdict latest) {
		boolean onlyUnassessed = Boolean.TRUE.equals(unassessed);
		if (Objects.requireNonNull(verdict).isEmpty() && !onlyUnassessed) {
			return true;
		}
		return latest == null ? onlyUnassessed : verdict.contains(latest);
	}

	private boolean supportAsChosen(@Nullable LocalDate supportEnds, LocalDate today) {
		if (supportMonths == null && !Boolean.TRUE.equals(supportEnded)) {
			return true;
		}
		if (supportEnds == null) {
			return false;
		}
		boolean withinHorizon = supportMonths == null || !supportEnds.isAfter(today.plusMonths(supportMonths));
		boolean endedIfAsked = !Boolean.TRUE.equals(supportEnded) || supportEnds.isBefore(today);
		return withinHorizon && endedIfAsked;
	}

	private static boolean same(@Nullable Object chosen, @Nullable Object actual) {
		return chosen == null || chosen.equals(actual);
	}

	private static <T> boolean any(@Nullable List<T> chosen, T actual) {
		return chosen == null || chosen.isEmpty() || chosen.contains(actual);
	}

	private static <T> List<T> clean(@Nullable List<T> values) {
		return values == null ? List.of() : values.stream().filter(Objects::nonNull).distinct().toList();
	}

}
