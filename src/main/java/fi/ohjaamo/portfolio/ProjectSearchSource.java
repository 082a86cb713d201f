package fi.ohjaamo.portfolio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fi.ohjaamo.search.Searchable;
import fi.ohjaamo.search.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The project cards, as search finds them: the title, then the number and every text the card's writers wrote,
 * including the notes on cost and resource lines. Read from the portfolio's own tables a page at a time, so that a
 * rebuild over a whole country's portfolios holds one page in memory.
 */
@Component
class ProjectSearchSource implements SearchSource {

	static final String KIND = "project";

	private static final int PAGE = 500;

	private static final String COLUMNS = "select id, organisation_id, title, project_number, description, impact_summary,"
			+ " impact_organisation_text, impact_security_text, impact_data_text, impact_case_text, schedule_note,"
			+ " likelihood_note, cost_note, resource_note from project";

	private final JdbcClient jdbc;

	ProjectSearchSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Optional<Searchable> find(UUID organisationId, UUID id) {
		var rows = rows(COLUMNS + " where organisation_id = :org and id = :id", Map.of("org", organisationId, "id", id));
		return rows.stream().findFirst();
	}

	@Override
	public void forEach(UUID organisationId, Consumer<Searchable> sink) {
		UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
		boolean first = true;
		while (true) {
			var page = rows(COLUMNS + " where organisation_id = :org" + (first ? "" : " and id > :after")
					+ " order by id fetch first " + PAGE + " rows only", Map.of("org", organisationId, "after", after));
			page.forEach(sink);
			if (page.size() < PAGE) {
				return;
			}
			after = page.getLast().id();
			first = false;
		}
	}

	@Override
	public long count(UUID organisationId) {
		return jdbc.sql("select count(*) from project where organisation_id = :org")
			.param("org", organisationId)
			.query(Long.class)
			.single();
	}

	private List<Searchable> rows(String sql, Map<String, Object> params) {
		var cards = new LinkedHashMap<UUID, Card>();
		jdbc.sql(sql).params(params).query((rs, n) -> {
			var id = rs.getObject("id", UUID.class);
			var texts = new ArrayList<String>();
			for (String column : List.of("project_number", "description", "impact_summary", "impact_organisation_text",
					"impact_security_text", "impact_data_text", "impact_case_text", "schedule_note", "likelihood_note",
					"cost_note", "resource_note")) {
				texts.add(rs.getString(column));
			}
			cards.put(id, new Card(id, rs.getObject("organisation_id", UUID.class), rs.getString("title"), texts));
			return id;
		}).list();
		if (!cards.isEmpty()) {
			jdbc.sql("select project_id, note from project_cost where project_id in (:ids) and note <> ''"
					+ " union all select project_id, note from project_resource where project_id in (:ids) and note <> ''")
				.param("ids", cards.keySet())
				.query((rs, n) -> java.util.Objects.requireNonNull(cards.get(rs.getObject("project_id", UUID.class))).texts()
					.add(rs.getString("note")))
				.list();
		}
		return cards.values().stream().map(Card::searchable).toList();
	}

	private record Card(UUID id, UUID organisationId, String title, List<String> texts) {

		Searchable searchable() {
			String text = Stream.concat(texts.stream().limit(1), texts.stream().skip(1).distinct())
				.filter(t -> t != null && !t.isBlank())
				.collect(Collectors.joining("\n"));
			return new Searchable(KIND, id, organisationId, title, text, "/projects/" + id);
		}

	}

}
