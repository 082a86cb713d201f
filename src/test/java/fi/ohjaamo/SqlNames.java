package fi.ohjaamo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tables (SQL) or entities (JPQL) a statement reads or writes: the names after FROM, JOIN, INTO and UPDATE, and
 * after the commas of a FROM list. A dotted name is a path from an alias, not a table: no statement names a schema.
 */
final class SqlNames {

	/** A string that begins as a statement or a part of one does, such as the WHERE clause added to a SELECT. */
	private static final Pattern STATEMENT = Pattern.compile("(?is)\\s*(select|insert|update|delete|with|merge|from"
			+ "|join|left|inner|cross|where|and|or|order|group|union|values)\\b.*");

	private static final Pattern TOKEN = Pattern.compile("\\w+(?:\\.\\w+)*|\\S");

	private static final Set<String> NAMING = Set.of("from", "join", "into", "update");

	/** Words that end a FROM item where an alias could stand. */
	private static final Set<String> CLAUSES = Set.of("where", "join", "left", "right", "inner", "outer", "cross",
			"full", "natural", "on", "using", "order", "group", "having", "union", "except", "intersect", "limit",
			"fetch", "offset", "for", "window", "set", "values", "returning");

	private SqlNames() {
	}

	static boolean isStatement(String text) {
		return STATEMENT.matcher(text).matches();
	}

	static List<String> namedIn(String statement) {
		var tokens = TOKEN.matcher(statement.replaceAll("[\"`]", "")).results().map(r -> r.group()).toList();
		var names = new ArrayList<String>();
		for (int i = 0; i + 1 < tokens.size(); i++) {
			String keyword = tokens.get(i).toLowerCase(Locale.ROOT);
			if (!NAMING.contains(keyword)) {
				continue;
			}
			int next = i + 1;
			while (next < tokens.size() && isName(tokens.get(next))) {
				names.add(tokens.get(next));
				if (!keyword.equals("from")) {
					break;
				}
				// A FROM list: the name, perhaps an alias, and a comma before the next name.
				int after = next + 1;
				if (after < tokens.size() && tokens.get(after).equalsIgnoreCase("as")) {
					after++;
				}
				if (after < tokens.size() && isName(tokens.get(after))) {
					after++;
				}
				if (after + 1 < tokens.size() && tokens.get(after).equals(",")) {
					next = after + 1;
				}
				else {
					break;
				}
			}
		}
		return names;
	}

	private static boolean isName(String token) {
		return Character.isLetter(token.charAt(0)) && !token.contains(".")
				&& !CLAUSES.contains(token.toLowerCase(Locale.ROOT));
	}

}
