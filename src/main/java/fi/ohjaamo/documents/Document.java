package fi.ohjaamo.documents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A document as both renderers read it: what it is called, the line printed at the top of every page after the
 * first, whether it opens with a title page and a table of contents or is set tighter to fit one page, and its
 * blocks in reading order.
 */
public record Document(Locale language, String title, List<String> subtitle, String runningHeader, boolean titlePage,
		boolean onePage, DocumentLabels labels, List<Block> blocks) {

	public Document {
		subtitle = List.copyOf(subtitle);
		blocks = List.copyOf(blocks);
	}

	/** The headings the table of contents lists, in order. */
	public List<Block.Heading> headings() {
		return blocks.stream().filter(Block.Heading.class::isInstance).map(Block.Heading.class::cast).toList();
	}

	/** The headings as a tree, each chapter with its sections under it: the PDF's bookmarks. */
	public List<Mark> outline() {
		var root = new ArrayList<Mark>();
		var open = new ArrayDeque<Mark>();
		for (var heading : headings()) {
			while (!open.isEmpty() && open.peek().heading().level() >= heading.level()) {
				open.pop();
			}
			var mark = new Mark(heading, new ArrayList<>());
			(open.isEmpty() ? root : open.peek().children()).add(mark);
			open.push(mark);
		}
		return root;
	}

	/** A heading of the outline and the headings under it. */
	public record Mark(Block.Heading heading, List<Mark> children) {
	}

	/** The language as the PDF and Word files name it, such as {@code fi-FI}. */
	public String languageTag() {
		return switch (language.getLanguage()) {
			case "sv" -> "sv-FI";
			case "en" -> "en-GB";
			default -> "fi-FI";
		};
	}

}
