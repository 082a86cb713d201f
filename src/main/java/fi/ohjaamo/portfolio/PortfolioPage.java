package fi.ohjaamo.portfolio;

import java.util.List;

/** One page of a portfolio view, with the totals of the whole view. */
public record PortfolioPage(List<PortfolioRow> rows, long total, int page, PortfolioTotals totals) {

	public int pages() {
		return (int) Math.max(1, (total + PortfolioFilter.PAGE_SIZE - 1) / PortfolioFilter.PAGE_SIZE);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages();
	}

	public long firstShown() {
		return rows.isEmpty() ? 0 : (long) (page - 1) * PortfolioFilter.PAGE_SIZE + 1;
	}

	public long lastShown() {
		return firstShown() + rows.size() - (rows.isEmpty() ? 0 : 1);
	}

}
