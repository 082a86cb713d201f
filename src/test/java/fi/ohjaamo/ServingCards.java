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
		return c.toBuilder()
			.number(number)
			.status(status)
			.goalIds(goalIds)
			.noStrategicGoal(goalIds.isEmpty())
			.costs(List.of(costs))
			.build();
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
