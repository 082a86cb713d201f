package fi.ohjaamo.portfolio;

import java.util.List;

import fi.ohjaamo.portfolio.PortfolioRow.CostSum;

/** The costs of every project a view shows (not just one page), per year, VAT excluded. */
public record PortfolioTotals(List<YearTotal> years, int projectsWithUnknownCosts) {

	public record YearTotal(int year, CostSum oneOff, CostSum recurring) {
	}

}
