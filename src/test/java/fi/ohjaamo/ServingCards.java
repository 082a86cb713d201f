package fi.ohjaamo;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.portfolio.Vat;

/** Project cards that serve chosen goals with known costs, made from a valid card of {@link TestData}. */
public final class ServingCards {

	private ServingCards() {
	}

	public static ProjectCard serving(ProjectCard c, String number, Status status, List<UUID> goalIds,
			CostLine... costs) {
		return new ProjectCard(c.title(), number, c.category(), c.serviceAreaId(), c.unitId(), c.obligation(),
				c.kind(), status, c.visibility(), c.projectManagerId(), c.description(), c.impactSummary(),
				c.impactOrganisation(), c.impactSecurity(), c.impactData(), c.impactCaseManagement(), goalIds,
				goalIds.isEmpty(), c.scheduleStart(), c.scheduleEnd(), c.scheduleNote(), c.likelihood(),
				c.likelihoodNote(), c.priority(), c.scheduleOwner(), List.of(costs), c.costNote(), c.resources(),
				c.resourceNote());
	}

	public static CostLine oneOff(int year, String amount) {
		return new CostLine(CostKind.ONE_OFF, year, null, new BigDecimal(amount), null, false, Vat.EXCLUDED, "");
	}

	public static CostLine oneOff(int year, String min, String max) {
		return new CostLine(CostKind.ONE_OFF, year, null, new BigDecimal(min), new BigDecimal(max), false,
				Vat.EXCLUDED, "");
	}

	/** A recurring cost per year, VAT included as it was quoted. */
	public static CostLine recurringWithVat(int from, Integer to, String amount) {
		return new CostLine(CostKind.RECURRING, from, to, new BigDecimal(amount), null, false, Vat.INCLUDED, "");
	}

	public static CostLine recurring(int from, Integer to, String amount) {
		return new CostLine(CostKind.RECURRING, from, to, new BigDecimal(amount), null, false, Vat.EXCLUDED, "");
	}

}
