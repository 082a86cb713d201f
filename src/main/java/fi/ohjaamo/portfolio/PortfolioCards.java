package fi.ohjaamo.portfolio;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whole cards of a portfolio view, one at a time, for spreadsheets and other lists that leave the application.
 * The view's ids are read first (ten thousand ids are a fraction of a megabyte); then the cards are read a page at
 * a time from the project's own columns and line tables, so memory holds one page of cards whatever the size of
 * the portfolio, and no card is parsed from a kept version's JSON.
 */
@Component
@Transactional(readOnly = true)
public class PortfolioCards {

	private static final int PAGE = 500;

	private final int pageSize;

	private final NamedParameterJdbcTemplate jdbc;

	private final VatRate vat;

	private final PortfolioProperties properties;

	private final PortfolioWhere conditions;

	@Autowired
	PortfolioCards(DataSource dataSource, VatRate vat, PortfolioProperties properties, PortfolioWhere conditions) {
		this(dataSource, vat, properties, conditions, PAGE);
	}

	/** With another page size, so that a test can cross pages with a few cards. */
	PortfolioCards(DataSource dataSource, VatRate vat, PortfolioProperties properties, PortfolioWhere conditions,
			int pageSize) {
		this.pageSize = pageSize;
		this.conditions = conditions;
		var template = new JdbcTemplate(dataSource);
		template.setFetchSize(pageSize);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.vat = vat;
		this.properties = properties;
	}

	/** The years the view's cost totals show, the same span the portfolio page uses, counted by the database. */
	public List<Integer> costYears(UUID organisationId, PortfolioFilter filter) {
		var where = conditions.of(organisationId, filter);
		var span = jdbc.query("""
				select min(c.from_year) as first_year, max(coalesce(c.to_year, c.from_year)) as last_year
				from project_cost c join project p on p.id = c.project_id where\s""" + where.sql(), where.params(),
				(rs, row) -> rs.getObject("first_year") == null ? null
						: new CostYears(rs.getInt("first_year"),
								Math.min(rs.getInt("last_year"), rs.getInt("first_year") + properties.maxTotalYears() - 1)))
			.getFirst();
		return span == null ? List.of() : span.all().boxed().toList();
	}

	/** Every card of the view in the view's order, handed over one by one. */
	public void forEach(UUID organisationId, PortfolioFilter filter, List<Integer> years, Consumer<ListedCard> each) {
		var where = conditions.of(organisationId, filter);
		var sort = PortfolioSort.of(filter.sort());
		String order = sort.sql + (filter.descending() ? " desc" : " asc") + " nulls last, lower(p.title), p.id";
		List<UUID> ids = jdbc.queryForList("select p.id from project p where %s order by %s".formatted(where.sql(),
				order), where.params(), UUID.class).stream().map(Objects::requireNonNull).toList();
		for (int from = 0; from < ids.size(); from += pageSize) {
			page(ids.subList(from, Math.min(from + pageSize, ids.size())), years).forEach(each);
		}
	}

	/** The organisation's projects that carry this number on their card; numbers are meant to be unique but need not be. */
	public List<UUID> numbered(UUID organisationId, String number) {
		return jdbc.queryForList("select id from project where organisation_id = :org and project_number = :number",
				Map.of("org", organisationId, "number", number), UUID.class)
			.stream()
			.map(Objects::requireNonNull)
			.toList();
	}

	/** The current revision of a project of the organisation, empty for one of another organisation. */
	public Optional<Integer> revisionOf(UUID organisationId, UUID projectId) {
		return jdbc.queryForList("select revision from project where organisation_id = :org and id = :id",
				Map.of("org", organisationId, "id", projectId), Integer.class)
			.stream()
			.map(Objects::requireNonNull)
			.findFirst();
	}

	/** One page of cards in the order of the ids: four queries, whatever the page holds. */
	private List<ListedCard> page(List<UUID> ids, List<Integer> years) {
		var params = Map.of("ids", ids);
		Map<UUID, List<UUID>> goals = new HashMap<>();
		jdbc.query("select project_id, goal_id from project_goal where project_id in (:ids) order by project_id, line_no",
				params, (ResultSet rs) -> {
					goals.computeIfAbsent(rs.getObject("project_id", UUID.class), id -> new ArrayList<>())
						.add(rs.getObject("goal_id", UUID.class));
				});
		Map<UUID, List<CostLine>> costs = new HashMap<>();
		jdbc.query("""
				select project_id, kind, from_year, to_year, amount_min, amount_max, amount_unknown, vat, note
				from project_cost where project_id in (:ids) order by project_id, line_no""", params,
				(ResultSet rs) -> {
					costs.computeIfAbsent(rs.getObject("project_id", UUID.class), id -> new ArrayList<>())
						.add(costLine(rs));
				});
		Map<UUID, List<ResourceLine>> resources = new HashMap<>();
		jdbc.query("""
				select project_id, party, effort_unit, amount_min, amount_max, note
				from project_resource where project_id in (:ids) order by project_id, line_no""", params,
				(ResultSet rs) -> {
					resources.computeIfAbsent(rs.getObject("project_id", UUID.class), id -> new ArrayList<>())
						.add(resourceLine(rs));
				});
		Map<UUID, ListedCard> cards = new HashMap<>();
		// The card's columns only: the search text, a second copy of every text, is not read.
		jdbc.query("""
				select id, revision, updated_at, title, project_number, category, service_area_id, unit_id, obligation,
				       kind, status, visibility, project_manager_id, description, impact_summary,
				       impact_organisation_state, impact_organisation_text, impact_security_state, impact_security_text,
				       impact_data_state, impact_data_text, impact_case_state, impact_case_text, no_strategic_goal,
				       schedule_start, schedule_end, schedule_note, likelihood, likelihood_note, priority, schedule_owner,
				       cost_note, resource_note, worksite_id
				from project where id in (:ids)""", params, (ResultSet rs) -> {
			UUID id = rs.getObject("id", UUID.class);
			var card = card(rs, goals.getOrDefault(id, List.of()), costs.getOrDefault(id, List.of()),
					resources.getOrDefault(id, List.of()));
			cards.put(id, listed(id, rs, card, years));
		});
		return ids.stream().map(cards::get).filter(java.util.Objects::nonNull).toList();
	}

	private static ProjectCard card(ResultSet rs, List<UUID> goals, List<CostLine> costs, List<ResourceLine> resources)
			throws SQLException {
		return ProjectCard.blank(rs.getObject("service_area_id", UUID.class))
			.toBuilder()
			.title(rs.getString("title"))
			.number(rs.getString("project_number"))
			.category(Category.valueOf(rs.getString("category")))
			.unitId(rs.getObject("unit_id", UUID.class))
			.obligation(Obligation.valueOf(rs.getString("obligation")))
			.kind(ProjectKind.valueOf(rs.getString("kind")))
			.status(Status.valueOf(rs.getString("status")))
			.visibility(Visibility.valueOf(rs.getString("visibility")))
			.projectManagerId(rs.getObject("project_manager_id", UUID.class))
			.description(rs.getString("description"))
			.impactSummary(rs.getString("impact_summary"))
			.impactOrganisation(impact(rs, "impact_organisation"))
			.impactSecurity(impact(rs, "impact_security"))
			.impactData(impact(rs, "impact_data"))
			.impactCaseManagement(impact(rs, "impact_case"))
			.goalIds(goals)
			.noStrategicGoal(rs.getBoolean("no_strategic_goal"))
			.scheduleStart(rs.getString("schedule_start"))
			.scheduleEnd(rs.getString("schedule_end"))
			.scheduleNote(rs.getString("schedule_note"))
			.likelihood(Likelihood.valueOf(rs.getString("likelihood")))
			.likelihoodNote(rs.getString("likelihood_note"))
			.priority(Priority.valueOf(rs.getString("priority")))
			.scheduleOwner(ScheduleOwner.valueOf(rs.getString("schedule_owner")))
			.costs(costs)
			.costNote(rs.getString("cost_note"))
			.resources(resources)
			.resourceNote(rs.getString("resource_note"))
			.worksiteId(rs.getObject("worksite_id", UUID.class))
			.build();
	}

	private static ImpactPart impact(ResultSet rs, String prefix) throws SQLException {
		return new ImpactPart(ImpactState.valueOf(rs.getString(prefix + "_state")), rs.getString(prefix + "_text"));
	}

	private static CostLine costLine(ResultSet rs) throws SQLException {
		return new CostLine(CostKind.valueOf(rs.getString("kind")), rs.getObject("from_year", Integer.class),
				rs.getObject("to_year", Integer.class), money(rs, "amount_min"), money(rs, "amount_max"),
				rs.getBoolean("amount_unknown"), Vat.valueOf(rs.getString("vat")), rs.getString("note"));
	}

	private static ResourceLine resourceLine(ResultSet rs) throws SQLException {
		return new ResourceLine(ResourceParty.valueOf(rs.getString("party")),
				EffortUnit.valueOf(rs.getString("effort_unit")), money(rs, "amount_min"), money(rs, "amount_max"),
				rs.getString("note"));
	}

	/** Amounts as the card entity reads them, at the column's scale. */
	private static @Nullable BigDecimal money(ResultSet rs, String column) throws SQLException {
		return rs.getBigDecimal(column);
	}

	private ListedCard listed(UUID id, ResultSet rs, ProjectCard card, List<Integer> years) throws SQLException {
		Map<Integer, ListedCard.YearCost> oneOff = new TreeMap<>();
		Map<Integer, ListedCard.YearCost> recurring = new TreeMap<>();
		for (var line : card.costs()) {
			if (line.fromYear() == null) {
				continue;
			}
			var target = line.kind() == CostKind.ONE_OFF ? oneOff : recurring;
			var cost = line.amountUnknown() ? ListedCard.YearCost.unknownAmount()
					: ListedCard.YearCost.between(vat.withoutVat(line.lowerAmount(), line.vat()),
							vat.withoutVat(line.upperAmount(), line.vat()));
			for (int year : years) {
				if (line.fallsIn(year)) {
					target.merge(year, cost, ListedCard.YearCost::plus);
				}
			}
		}
		return new ListedCard(id, rs.getInt("revision"), rs.getTimestamp("updated_at").toInstant(), card, oneOff,
				recurring);
	}

}
