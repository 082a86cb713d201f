package fi.ohjaamo.documents;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.stereotype.Component;

/**
 * Renders a document to Word with Apache POI: real Heading styles (so Word's navigation pane and its own table of
 * contents work), a contents field whose first result is already written out, the running header and a PAGE field
 * in the footer.
 */
@Component
class DocxRenderer {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	void render(Document document, OutputStream out) throws IOException {
		try (var docx = new XWPFDocument()) {
			DocxStyles.define(docx, document.languageTag());
			DocxPage.setUp(docx, document);
			var properties = docx.getProperties().getCoreProperties();
			properties.setTitle(document.title());
			properties.setCreator("Ohjaamo");
			properties.getUnderlyingProperties().setLanguageProperty(document.languageTag());
			opening(docx, document);
			for (var block : document.blocks()) {
				write(docx, block);
			}
			docx.write(out);
		}
	}

	private static void opening(XWPFDocument docx, Document document) {
		styled(docx, document.titlePage() ? DocxStyles.TITLE : DocxStyles.DOCUMENT_TITLE, document.title());
		document.subtitle().forEach(line -> styled(docx, DocxStyles.SUBTITLE, line));
		if (document.titlePage()) {
			docx.createParagraph().createRun().addBreak(BreakType.PAGE);
			styled(docx, DocxStyles.CONTENTS_HEADING, document.labels().contents());
			DocxContents.write(docx, document.headings());
			docx.createParagraph().createRun().addBreak(BreakType.PAGE);
		}
	}

	private static void write(XWPFDocument docx, Block block) {
		switch (block) {
			case Block.Heading heading -> styled(docx, DocxStyles.heading(heading.level()), heading.numbered());
			case Block.Paragraph paragraph -> docx.createParagraph()
				.createRun()
				.setText(Typography.keepTogether(paragraph.text()));
			case Block.Bullets bullets -> bullets.items().forEach(item -> styled(docx, DocxStyles.BULLET, "• " + item));
			case Block.Fields fields -> fields(docx, fields);
			case Block.Table table -> table(docx, table);
			case Block.Quadrants quadrants -> quadrants(docx, quadrants);
		}
	}

	private static XWPFParagraph styled(XWPFDocument docx, String style, String text) {
		var paragraph = docx.createParagraph();
		paragraph.setStyle(style);
		paragraph.createRun().setText(Typography.keepTogether(text));
		return paragraph;
	}

	private static void fields(XWPFDocument docx, Block.Fields fields) {
		var table = docx.createTable(fields.fields().size(), 2);
		table.setWidth("100%");
		for (int i = 0; i < fields.fields().size(); i++) {
			var field = fields.fields().get(i);
			text(table.getRow(i).getCell(0), field.label(), true, false);
			table.getRow(i).getCell(0).setWidth("38%");
			text(table.getRow(i).getCell(1), field.value(), false, false);
		}
		spacer(docx);
	}

	private static void table(XWPFDocument docx, Block.Table block) {
		caption(docx, block.caption());
		var table = docx.createTable(block.rows().size() + 1, block.headings().size());
		table.setWidth("100%");
		var head = table.getRow(0);
		head.setRepeatHeader(true);
		for (int c = 0; c < block.headings().size(); c++) {
			text(head.getCell(c), block.headings().get(c), true, block.numeric().get(c));
		}
		for (int r = 0; r < block.rows().size(); r++) {
			var row = block.rows().get(r);
			for (int c = 0; c < row.size(); c++) {
				text(table.getRow(r + 1).getCell(c), row.get(c), false, block.numeric().get(c));
			}
		}
		spacer(docx);
	}

	private static void quadrants(XWPFDocument docx, Block.Quadrants block) {
		caption(docx, block.caption());
		XWPFTable table = docx.createTable(2, 2);
		table.setWidth("100%");
		for (int i = 0; i < 4; i++) {
			var quadrant = block.quadrants().get(i);
			var cell = table.getRow(i / 2).getCell(i % 2);
			cell.setWidth("50%");
			text(cell, quadrant.title(), true, false);
			quadrant.items()
				.forEach(item -> cell.addParagraph().createRun().setText(Typography.keepTogether("• " + item)));
		}
		spacer(docx);
	}

	private static void caption(XWPFDocument docx, String caption) {
		if (!caption.isEmpty()) {
			var paragraph = styled(docx, DocxStyles.CAPTION, caption);
			paragraph.setKeepNext(true);
		}
	}

	private static void text(XWPFTableCell cell, String text, boolean bold, boolean right) {
		var paragraph = cell.getParagraphs().getFirst();
		if (right) {
			paragraph.setAlignment(ParagraphAlignment.RIGHT);
		}
		var run = paragraph.createRun();
		run.setBold(bold);
		run.setText(Typography.keepTogether(text));
	}

	/** Word joins two tables that touch into one; an empty paragraph keeps them apart. */
	private static void spacer(XWPFDocument docx) {
		docx.createParagraph().setSpacingAfter(0);
	}

}
