package fi.ohjaamo.prioritisation.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.capacity.Capacities;
import fi.ohjaamo.capacity.ProjectShare;
import fi.ohjaamo.capacity.QuarterLoad;
import fi.ohjaamo.documents.Block;
import fi.ohjaamo.documents.Document;
import fi.ohjaamo.documents.DocumentBuilder;
import fi.ohjaamo.documents.Words;
import fi.ohjaamo.portfolio.PortfolioFilter;
import fi.ohjaamo.portfolio.PortfolioQuery;
import fi.ohjaamo.portfolio.PortfolioRow.CostSum;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.prioritisation.RankingFilter;
import fi.ohjaamo.prioritisation.RankingQuery;
import fi.ohjaamo.prioritisation.RankingRow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio on one A4 page for management: projects by status, the costs of the open portfolio per year, what
 * awaits a decision, the top of the ranking and the quarters where IT's capacity runs out. Long lists are cut with
 * a note of how many more there are, so the page never spills over.
 */
@Component
class PortfolioSummary {

	static final List<Status> OPEN = List.of(Status.PROPOSAL, Status.ASSESSED, Status.APPROVED, Status.IN_PROGRESS);

	static final List<Status> AWAITING = List.of(Status.PROPOSAL, Status.ASSESSED);

	private static final int YEARS = 5;

	private static final int AWAITING_ROWS = 6;

	private static final int TOP = 5;

	private static final int QUARTERS = 4;

	private final PortfolioQuery portfolio;

	private final RankingQuery ranking;

	private final Capacities capacities;

	private final Clock clock;

	PortfolioSummary(PortfolioQuery portfolio, RankingQuery ranking, Capacities capacities, Clock clock) {
		this.portfolio = portfolio;
		this.ranking = ranking;
		this.capacities = capacities;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Document of(UUID organisationId, String organisationName, Words words) {
		var today = LocalDate.now(clock);
		var document = new DocumentBuilder(words.locale(), words.get("documents.summary.title"), words.labels())
			.subtitle(words.get("documents.summary.subtitle", organisationName, words.date(today)))
			.runningHeader(words.get("documents.summary.title") + " – " + organisationName)
			.onePage();
		statuses(organisationId, words, document);
		costs(organisationId, words, today.getYear(), document);
		awaiting(organisationId, words, document);
		ranking(organisationId, words, document);
		overloads(organisationId, words, document);
		return document.build();
	}

	/** The statuses in two pairs of columns, so that the eight of them take four rows of the page. */
	private void statuses(UUID organisationId, Words words, DocumentBuilder document) {
		var cells = new ArrayList<String>();
		long all = 0;
		for (var status : Status.values()) {
			long count = portfolio.find(organisationId, ofStatuses(List.of(status))).total();
			if (count > 0) {
				cells.add(words.of("portfolio.status", status));
				cells.add(Long.toString(count));
				all += count;
			}
		}
		cells.add(words.get("documents.summary.all"));
		cells.add(Long.toString(all));
		var rows = new ArrayList<List<String>>();
		for (int i = 0; i < cells.size(); i += 4) {
			var row = new ArrayList<>(cells.subList(i, Math.min(i + 4, cells.size())));
			while (row.size() < 4) {
				row.add("");
			}
			rows.add(row);
		}
		String status = words.get("documents.summary.status");
		String count = words.get("documents.summary.count");
		document.chapter(words.get("documents.summary.statuses"))
			.add(new Block.Table("", List.of(status, count, status, count), rows, List.of(false, true, false, true)));
	}

	private void costs(UUID organisationId, Words words, int thisYear, DocumentBuilder document) {
		var totals = portfolio.find(organisationId, ofStatuses(OPEN)).totals();
		var rows = totals.years()
			.stream()
			.filter(year -> year.year() >= thisYear)
			.limit(YEARS)
			.map(year -> List.of(Integer.toString(year.year()), sum(words, year.oneOff()), sum(words, year.recurring())))
			.toList();
		document.chapter(words.get("documents.summary.costs"))
			.paragraph(words.get("documents.summary.costs.scope"))
			.add(new Block.Table("",
					List.of(words.get("documents.summary.year"), words.get("documents.summary.oneOff"),
							words.get("documents.summary.recurring")),
					rows, List.of(false, true, true)));
		if (totals.projectsWithUnknownCosts() > 0) {
			document.paragraph(words.get("documents.summary.costs.unknown", totals.projectsWithUnknownCosts()));
		}
	}

	private void awaiting(UUID organisationId, Words words, DocumentBuilder document) {
		var page = portfolio.find(organisationId, ofStatuses(AWAITING));
		document.chapter(words.get("documents.summary.awaiting"));
		if (page.total() == 0) {
			document.paragraph(words.get("documents.summary.awaiting.none"));
			return;
		}
		var rows = page.rows()
			.stream()
			.limit(AWAITING_ROWS)
			.map(row -> List.of(row.number(), row.title(), words.of("portfolio.status", row.status()),
					sum(words, row.oneOff())))
			.toList();
		document.add(new Block.Table("", List.of(words.get("documents.summary.number"),
				words.get("documents.summary.project"), words.get("documents.summary.status"),
				words.get("documents.summary.oneOffTotal")), rows, List.of(false, false, false, true)));
		more(words, page.total() - rows.size(), document);
	}

	private void ranking(UUID organisationId, Words words, DocumentBuilder document) {
		var ranked = ranking.rank(organisationId, RankingFilter.ALL);
		document.chapter(words.get("documents.summary.ranking"));
		if (ranked.stream().noneMatch(row -> row.scored() || row.mandatory())) {
			document.paragraph(words.get("documents.summary.ranking.none"));
			return;
		}
		var rows = ranked.stream().limit(TOP).map(row -> List.of(Integer.toString(row.place()), row.title(),
				score(words, row))).toList();
		document.add(new Block.Table("", List.of(words.get("documents.summary.place"),
				words.get("documents.summary.project"), words.get("documents.summary.score")), rows,
				List.of(true, false, true)));
	}

	private void overloads(UUID organisationId, Words words, DocumentBuilder document) {
		var it = capacities.outlook(organisationId, capacities.currentPlan(organisationId)).it();
		var overloaded = it.quarters().stream().filter(QuarterLoad::mayExceed).toList();
		document.chapter(words.get("documents.summary.overloads"));
		if (overloaded.isEmpty()) {
			document.paragraph(words.get("documents.summary.overloads.none"));
			return;
		}
		var rows = overloaded.stream().limit(QUARTERS).map(load -> List.of(load.quarter().toString(),
				words.number(load.capacity()), demand(words, load), causes(load))).toList();
		document.add(new Block.Table("", List.of(words.get("documents.summary.quarter"),
				words.get("documents.summary.capacity"), words.get("documents.summary.demand"),
				words.get("documents.summary.causes")), rows, List.of(false, true, true, false)));
		more(words, overloaded.size() - rows.size(), document);
	}

	/** The whole portfolio of the given statuses, no other filter. */
	private static PortfolioFilter ofStatuses(List<Status> statuses) {
		return new PortfolioFilter("", List.of(), statuses, List.of(), null, List.of(), null, null, List.of(), null,
				null, null, null, null, null, null, null, 1, null);
	}

	private static void more(Words words, long more, DocumentBuilder document) {
		if (more > 0) {
			document.paragraph(words.get("documents.summary.more", more));
		}
	}

	private static String sum(Words words, CostSum sum) {
		if (!sum.any()) {
			return "–";
		}
		String text = sum.isRange() ? words.euros(sum.min(), sum.max()) : words.euros(sum.max());
		return sum.someUnknown() ? text + " + ?" : text;
	}

	private static String score(Words words, RankingRow row) {
		if (row.mandatory()) {
			return words.get("documents.summary.mandatory");
		}
		var rounded = row.rounded();
		return rounded == null ? "–" : words.number(java.math.BigDecimal.valueOf(rounded));
	}

	private static String demand(Words words, QuarterLoad load) {
		return words.numbers(load.lowDays(), load.highDays());
	}

	/** The two projects causing most of the quarter's demand; the capacity page lists the rest. */
	private static String causes(QuarterLoad load) {
		return String.join(", ", load.projects().stream().limit(2).map(ProjectShare::title).toList());
	}

}
