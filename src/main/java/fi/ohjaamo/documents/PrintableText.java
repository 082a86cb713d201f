package fi.ohjaamo.documents;

import java.util.List;

import fi.ohjaamo.shared.ControlCharacters;

/**
 * A document with every text stripped of control characters before a renderer sees it. Input is stripped where it
 * enters; this keeps a text stored before that, or by a path that forgot, from breaking the PDF or Word file of a
 * whole organisation, since neither XHTML nor Word's XML may hold them.
 */
final class PrintableText {

	private PrintableText() {
	}

	static Document of(Document d) {
		return new Document(d.language(), clean(d.title()), clean(d.subtitle()), clean(d.runningHeader()),
				d.titlePage(), d.onePage(), new DocumentLabels(clean(d.labels().contents()), clean(d.labels().page())),
				d.blocks().stream().map(PrintableText::of).toList());
	}

	private static Block of(Block block) {
		return switch (block) {
			case Block.Heading h -> new Block.Heading(h.level(), clean(h.number()), clean(h.text()));
			case Block.Paragraph p -> new Block.Paragraph(clean(p.text()));
			case Block.Bullets b -> new Block.Bullets(clean(b.items()));
			case Block.Fields f -> new Block.Fields(f.fields()
				.stream()
				.map(field -> new Block.Field(clean(field.label()), clean(field.value())))
				.toList());
			case Block.Table t -> new Block.Table(clean(t.caption()), clean(t.headings()),
					t.rows().stream().map(PrintableText::clean).toList(), t.numeric());
			case Block.Quadrants q -> new Block.Quadrants(clean(q.caption()), q.quadrants()
				.stream()
				.map(quadrant -> new Block.Quadrant(clean(quadrant.title()), clean(quadrant.items())))
				.toList());
		};
	}

	private static List<String> clean(List<String> texts) {
		return texts.stream().map(PrintableText::clean).toList();
	}

	private static String clean(String text) {
		return ControlCharacters.strip(text);
	}

}
