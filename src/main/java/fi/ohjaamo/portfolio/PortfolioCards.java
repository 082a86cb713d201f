package fi.ohjaamo.portfolio;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whole cards of a portfolio view, one at a time, for spreadsheets and other lists that leave the application.
 * Each card is read from its latest kept version in one streamed query, so ten thousand cards need neither ten
 * thousand entity loads nor the memory to hold them all.
 */
@Component
@Transactional(readOnly = true)
public class PortfolioCards {

	private static final int FETCH_SIZE = 500;

	private final NamedParameterJdbcTemplate jdbc;

	private final JsonMapper json;

	private final VatRate vat;

	private final PortfolioQuery query;

	PortfolioCards(DataSource dataSource, JsonMapper json, VatRate vat, PortfolioQuery query) {
		var template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.json = json;
		this.vat = vat;
		this.query = query;
	}

	/** The years the view's cost totals show, the same span the portfolio page uses. */
	public List<Integer> costYears(UUID organisationId, PortfolioFilter filter) {
		return query.find(organisationId, filter).totals().years().stream().map(PortfolioTotals.YearTotal::year).toList();
	}

	/** Every card of the view in the view's order, handed over one by one. */
	public void forEach(UUID organisationId, PortfolioFilter filter, List<Integer> years, Consumer<ListedCard> each) {
		var where = PortfolioConditions.of(organisationId, filter);
		var sort = PortfolioSort.of(filter.sort());
		String order = sort.sql + (filter.descending() ? " desc" : " asc") + " nulls last, lower(p.title), p.id";
		jdbc.query("""
				select p.id, p.revision, p.updated_at, r.content from project p
				join project_revision r on r.project_id = p.id and r.revision = p.revision
				where %s order by %s""".formatted(where.sql(), order), where.params(),
				(ResultSet rs) -> each.accept(listed(rs, years)));
	}

	/** The organisation's projects that carry this number on their card; numbers are meant to be unique but need not be. */
	public List<UUID> numbered(UUID organisationId, String number) {
		return jdbc.queryForList("select id from project where organisation_id = :org and project_number = :number",
				Map.of("org", organisationId, "number", number), UUID.class);
	}

	/** The current revision of a project of the organisation, empty for one of another organisation. */
	public Optional<Integer> revisionOf(UUID organisationId, UUID projectId) {
		return jdbc.queryForList("select revision from project where organisation_id = :org and id = :id",
				Map.of("org", organisationId, "id", projectId), Integer.class).stream().findFirst();
	}

	private ListedCard listed(ResultSet rs, List<Integer> years) throws SQLException {
		var card = json.readValue(rs.getString("content"), ProjectCard.class);
		Map<Integer, BigDecimal> oneOff = new TreeMap<>();
		Map<Integer, BigDecimal> recurring = new TreeMap<>();
		for (var line : card.costs()) {
			if (line.amountUnknown() || line.fromYear() == null) {
				continue;
			}
			var target = line.kind() == CostKind.ONE_OFF ? oneOff : recurring;
			BigDecimal amount = vat.withoutVat(line.upperAmount(), line.vat());
			for (int year : years) {
				if (line.fallsIn(year)) {
					target.merge(year, amount, BigDecimal::add);
				}
			}
		}
		return new ListedCard(rs.getObject("id", UUID.class), rs.getInt("revision"),
				rs.getTimestamp("updated_at").toInstant(), card, oneOff, recurring);
	}

}
