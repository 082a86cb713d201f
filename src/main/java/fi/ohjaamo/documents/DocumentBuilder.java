package fi.ohjaamo.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a document top to bottom. Headings are numbered as they come (1, 1.1, 1.1.1) unless a number is given,
 * as the action plan gives its own.
 */
public final class DocumentBuilder {

	private final Locale language;

	private final String title;

	private final DocumentLabels labels;

	private final List<String> subtitle = new ArrayList<>();

	private final List<Block> blocks = new ArrayList<>();

	private final int[] counters = new int[3];

	private String runningHeader;

	private boolean titlePage;

	private boolean onePage;

	public DocumentBuilder(Locale language, String title, DocumentLabels labels) {
		this.language = language;
		this.title = title;
		this.labels = labels;
		this.runningHeader = title;
	}

	public DocumentBuilder subtitle(String line) {
		if (!line.isBlank()) {
			subtitle.add(line);
		}
		return this;
	}

	public DocumentBuilder runningHeader(String text) {
		runningHeader = text;
		return this;
	}

	/** Opens the document with a title page and a table of contents. */
	public DocumentBuilder withTitlePage() {
		titlePage = true;
		return this;
	}

	/** Sets the document in a smaller type and tighter spacing, for a summary that must fit one page. */
	public DocumentBuilder onePage() {
		onePage = true;
		return this;
	}

	public DocumentBuilder chapter(String text) {
		return numbered(1, text);
	}

	public DocumentBuilder section(String text) {
		return numbered(2, text);
	}

	public DocumentBuilder subsection(String text) {
		return numbered(3, text);
	}

	public DocumentBuilder heading(int level, String number, String text) {
		blocks.add(new Block.Heading(level, number, text));
		return this;
	}

	public DocumentBuilder paragraph(String text) {
		if (!text.isBlank()) {
			text.strip().lines().filter(line -> !line.isBlank()).forEach(line -> blocks.add(new Block.Paragraph(line)));
		}
		return this;
	}

	public DocumentBuilder add(Block block) {
		blocks.add(block);
		return this;
	}

	public Document build() {
		return new Document(language, title, subtitle, runningHeader, titlePage, onePage, labels, blocks);
	}

	private DocumentBuilder numbered(int level, String text) {
		counters[level - 1]++;
		for (int deeper = level; deeper < counters.length; deeper++) {
			counters[deeper] = 0;
		}
		var number = new StringBuilder();
		for (int i = 0; i < level; i++) {
			number.append(i == 0 ? "" : ".").append(counters[i]);
		}
		blocks.add(new Block.Heading(level, number.toString(), text));
		return this;
	}

}
