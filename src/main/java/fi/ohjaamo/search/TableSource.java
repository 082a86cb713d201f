package fi.ohjaamo.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link SearchSource} over one table of a module: a row per item, with an organisation, a title column and text
 * columns, each item shown at a page of its own; optionally with lines of text kept in other tables of the module
 * (a card's cost notes, a plan's chapters). The module that owns the tables names them, so its SQL stays in that
 * module; this class only runs it.
 */
public final class TableSource implements SearchSource {

	private static final int PAGE = 500;

	private final JdbcClient jdbc;

	private final String kind;

	private final String table;

	private final String select;

	private final String pathPrefix;

	private final String pageColumn;

	private final String pathSuffix;

	private final String titleColumn;

	private final List<String> textColumns;

	private final @Nullable String linesSql;

	/**
	 * @param pathPrefix the address of an item without its id, such as {@code /registers/systems/}
	 */
	public TableSource(JdbcClient jdbc, String kind, String table, String titleColumn, List<String> textColumns,
			String pathPrefix) {
		this(jdbc, kind, table, titleColumn, textColumns, pathPrefix, null, "id", "");
	}

	private TableSource(JdbcClient jdbc, String kind, String table, String titleColumn, List<String> textColumns,
			String pathPrefix, @Nullable String linesSql, String pageColumn, String pathSuffix) {
		this.jdbc = jdbc;
		this.linesSql = linesSql;
		this.pageColumn = pageColumn;
		this.pathSuffix = pathSuffix;
		this.titleColumn = titleColumn;
		this.kind = kind;
		this.table = table;
		this.textColumns = List.copyOf(textColumns);
		this.pathPrefix = pathPrefix;
		this.select = "select id, organisation_id, " + pageColumn + " as page_id, " + titleColumn + " as title"
				+ textColumns.stream().map(c -> ", " + c).collect(Collectors.joining()) + " from " + table;
	}

	/**
	 * The same source with more text from other tables: {@code sql} selects {@code item_id} and {@code line} for
	 * the items whose ids are bound to {@code :ids}.
	 */
	public TableSource withLines(String sql) {
		return new TableSource(jdbc, kind, table, titleColumn, textColumns, pathPrefix, sql, pageColumn, pathSuffix);
	}

	/**
	 * The same source for items shown on another record's page (an action on its goal's): the page is
	 * {@code pathPrefix}, the id in {@code column}, then {@code suffix} (an anchor, say).
	 */
	public TableSource shownAt(String column, String suffix) {
		return new TableSource(jdbc, kind, table, titleColumn, textColumns, pathPrefix, linesSql, column, suffix);
	}

	@Override
	public String kind() {
		return kind;
	}

	@Override
	public Optional<Searchable> find(UUID organisationId, UUID id) {
		return read(select + " where organisation_id = :org and id = :id", Map.of("org", organisationId, "id", id))
			.stream()
			.findFirst();
	}

	@Override
	public void forEach(UUID organisationId, Consumer<Searchable> sink) {
		UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
		boolean first = true;
		while (true) {
			var page = read(select + " where organisation_id = :org" + (first ? "" : " and id > :after")
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
		return jdbc.sql("select count(*) from " + table + " where organisation_id = :org")
			.param("org", organisationId)
			.query(Long.class)
			.single();
	}

	private List<Searchable> read(String sql, Map<String, Object> params) {
		var items = new LinkedHashMap<UUID, Item>();
		jdbc.sql(sql).params(params).query((rs, n) -> {
			var id = rs.getObject("id", UUID.class);
			var texts = new ArrayList<@Nullable String>();
			for (String column : textColumns) {
				texts.add(rs.getString(column));
			}
			String path = pathPrefix + rs.getObject("page_id", UUID.class) + pathSuffix;
			return items.put(id,
					new Item(id, rs.getObject("organisation_id", UUID.class), rs.getString("title"), texts, path));
		}).list();
		if (linesSql != null && !items.isEmpty()) {
			jdbc.sql(linesSql)
				.param("ids", items.keySet())
				.query((rs, n) -> Objects.requireNonNull(items.get(rs.getObject("item_id", UUID.class))).texts()
					.add(rs.getString("line")))
				.list();
		}
		return items.values().stream().map(item -> item.searchable(kind)).toList();
	}

	private record Item(UUID id, UUID organisationId, String title, List<@Nullable String> texts, String path) {

		/** The texts in order, each said once: a note repeated on every line of a card is one passage. */
		Searchable searchable(String kind) {
			String text = texts.stream()
				.filter(t -> t != null && !t.isBlank())
				.distinct()
				.collect(Collectors.joining("\n"));
			return new Searchable(kind, id, organisationId, title, text, path);
		}

	}

}
