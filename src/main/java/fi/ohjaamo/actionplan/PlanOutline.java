package fi.ohjaamo.actionplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.ProjectCard;

/**
 * Groups and numbers a plan the way seed plans read: the introduction chapters first (1, 2 …), then infrastructure and
 * city-wide projects each under their category, then one section per service area with its units; a group's projects
 * first, then its subgroups, numbered on (3.1 a unit, 3.1.1 its first project). Siblings follow the order the
 * organisation set, then a default: categories in their order, service areas and units in the organisation's order,
 * projects by card number and title. Numbers are always computed, never kept.
 */
final class PlanOutline {

	/** A project placed in the plan with the card revision shown. */
	record Placed(UUID projectId, int revision, ProjectCard card) {
	}

	/** Names and default order of the groups, in the reader's language. */
	interface Naming {

		String category(Category category);

		String serviceArea(UUID serviceAreaId);

		String unit(UUID unitId);

		int serviceAreaOrder(UUID serviceAreaId);

		int unitOrder(UUID unitId);

	}

	/** A group before numbering, with the key its order is kept under. */
	record Node(String key, GroupLevel level, String heading, List<Node> subgroups, List<Placed> entries) {
	}

	private static final Pattern RUNS = Pattern.compile("\\d+|\\D+");

	private PlanOutline() {
	}

	static String projectKey(UUID projectId) {
		return "P:" + projectId;
	}

	/** The groups of the plan in their order, each with its projects and subgroups in order. */
	static List<Node> tree(List<Placed> placed, Map<String, Integer> ranks, Naming naming) {
		var top = new LinkedHashMap<String, Builder>();
		for (var p : placed) {
			var card = p.card();
			var category = card.category() == null ? Category.SERVICE_AREA : card.category();
			var area = card.serviceAreaId();
			if (category != Category.SERVICE_AREA || area == null) {
				top.computeIfAbsent("C:" + category,
						k -> new Builder(k, GroupLevel.CATEGORY, naming.category(category), category.ordinal()))
					.entries.add(p);
				continue;
			}
			var section = top.computeIfAbsent("S:" + area, k -> new Builder(k, GroupLevel.SERVICE_AREA,
					naming.serviceArea(area), Category.values().length + naming.serviceAreaOrder(area)));
			var unit = card.unitId();
			if (unit == null || unit.equals(area)) {
				section.entries.add(p);
			}
			else {
				section.subgroups
					.computeIfAbsent("U:" + unit,
							k -> new Builder(k, GroupLevel.UNIT, naming.unit(unit), naming.unitOrder(unit)))
					.entries.add(p);
			}
		}
		return sorted(top.values(), ranks);
	}

	/** The chapters numbered from 1. */
	static List<PlanChapter> chapters(List<Chapter> chapters) {
		var numbered = new ArrayList<PlanChapter>();
		for (int i = 0; i < chapters.size(); i++) {
			numbered.add(new PlanChapter(String.valueOf(i + 1), chapters.get(i).heading(), chapters.get(i).text()));
		}
		return numbered;
	}

	/** The groups numbered on after the introduction's {@code chaptersBefore} chapters. */
	static List<PlanGroup> number(List<Node> tree, int chaptersBefore) {
		var groups = new ArrayList<PlanGroup>();
		for (int i = 0; i < tree.size(); i++) {
			groups.add(number(tree.get(i), String.valueOf(chaptersBefore + i + 1)));
		}
		return groups;
	}

	private static PlanGroup number(Node node, String number) {
		var entries = new ArrayList<PlanEntry>();
		int n = 0;
		for (var p : node.entries()) {
			entries.add(new PlanEntry(number + "." + (++n), p.projectId(), p.revision(), p.card()));
		}
		var subgroups = new ArrayList<PlanGroup>();
		for (var sub : node.subgroups()) {
			subgroups.add(number(sub, number + "." + (++n)));
		}
		return new PlanGroup(number, node.level(), node.heading(), subgroups, entries);
	}

	/** A line of the plan's outline for arranging it: a group or a project, with its place among its siblings. */
	record Line(int depth, String key, String number, String label, boolean project, boolean first, boolean last) {
	}

	/**
	 * The outline as lines, groups before their projects and subgroups, numbered as the plan reads. The numbers come
	 * from {@link #number}, so the outline one arranges and the plan one reads can never number differently.
	 */
	static List<Line> lines(List<Node> tree, int chaptersBefore) {
		var numbered = number(tree, chaptersBefore);
		var lines = new ArrayList<Line>();
		for (int i = 0; i < tree.size(); i++) {
			lines(tree.get(i), numbered.get(i), 0, i == 0, i == tree.size() - 1, lines);
		}
		return lines;
	}

	private static void lines(Node node, PlanGroup group, int depth, boolean first, boolean last, List<Line> lines) {
		lines.add(new Line(depth, node.key(), group.number(), node.heading(), false, first, last));
		var entries = group.entries();
		for (int i = 0; i < entries.size(); i++) {
			var entry = entries.get(i);
			lines.add(new Line(depth + 1, projectKey(entry.projectId()), entry.number(),
					String.valueOf(entry.card().title()), true, i == 0, i == entries.size() - 1));
		}
		var subgroups = node.subgroups();
		for (int i = 0; i < subgroups.size(); i++) {
			lines(subgroups.get(i), group.subgroups().get(i), depth + 1, i == 0, i == subgroups.size() - 1, lines);
		}
	}

	/** The keys of the siblings among which the group or project with this key stands, in order. */
	static Optional<List<String>> siblingsOf(List<Node> tree, String key) {
		var keys = tree.stream().map(Node::key).toList();
		if (keys.contains(key)) {
			return Optional.of(keys);
		}
		for (var node : tree) {
			var entries = node.entries().stream().map(p -> projectKey(p.projectId())).toList();
			if (entries.contains(key)) {
				return Optional.of(entries);
			}
			var found = siblingsOf(node.subgroups(), key);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/** Every group's and project's place among its siblings, to keep the order as it is. */
	static Map<String, Integer> positions(List<Node> tree) {
		var positions = new HashMap<String, Integer>();
		for (int i = 0; i < tree.size(); i++) {
			var node = tree.get(i);
			positions.put(node.key(), i);
			for (int j = 0; j < node.entries().size(); j++) {
				positions.put(projectKey(node.entries().get(j).projectId()), j);
			}
			positions.putAll(positions(node.subgroups()));
		}
		return positions;
	}

	/** The keys of all groups under a level, e.g. for keeping service area and unit names at approval. */
	static Map<String, String> headings(List<Node> tree, GroupLevel... levels) {
		var headings = new HashMap<String, String>();
		for (var node : tree) {
			if (List.of(levels).contains(node.level())) {
				headings.put(node.key(), node.heading());
			}
			headings.putAll(headings(node.subgroups(), levels));
		}
		return headings;
	}

	/** Orders project numbers as people read them: 4.2 before 4.10; unnumbered projects last. */
	static String numberKey(String number) {
		if (number.isBlank()) {
			return "~";
		}
		var key = new StringBuilder();
		var runs = RUNS.matcher(number.toLowerCase(Locale.ROOT));
		while (runs.find()) {
			String part = runs.group();
			key.append(Character.isDigit(part.charAt(0)) ? "0".repeat(Math.max(0, 8 - part.length())) + part : part);
		}
		return key.toString();
	}

	private static List<Node> sorted(java.util.Collection<Builder> builders, Map<String, Integer> ranks) {
		Comparator<Builder> order = Comparator.<Builder>comparingInt(b -> ranks.getOrDefault(b.key, Integer.MAX_VALUE))
			.thenComparingInt(b -> b.defaultOrder)
			.thenComparing(b -> b.heading);
		Comparator<Placed> projectOrder = Comparator
			.<Placed>comparingInt(p -> ranks.getOrDefault(projectKey(p.projectId()), Integer.MAX_VALUE))
			.thenComparing(p -> numberKey(p.card().number() == null ? "" : p.card().number()))
			.thenComparing(p -> p.card().title() == null ? "" : p.card().title().toLowerCase(Locale.ROOT));
		return builders.stream()
			.sorted(order)
			.map(b -> new Node(b.key, b.level, b.heading, sorted(b.subgroups.values(), ranks),
					b.entries.stream().sorted(projectOrder).toList()))
			.toList();
	}

	private static final class Builder {

		final String key;

		final GroupLevel level;

		final String heading;

		final int defaultOrder;

		final List<Placed> entries = new ArrayList<>();

		final Map<String, Builder> subgroups = new LinkedHashMap<>();

		Builder(String key, GroupLevel level, String heading, int defaultOrder) {
			this.key = key;
			this.level = level;
			this.heading = heading;
			this.defaultOrder = defaultOrder;
		}

	}

}
