package fi.ohjaamo.documents;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** A4 pages with the document's name in the header and "page n / m" in the footer; a title page has neither. */
final class DocxPage {

	private static final int A4_WIDTH = 11906;

	private static final int A4_HEIGHT = 16838;

	private static final int MARGIN = 1247;

	private DocxPage() {
	}

	static void setUp(XWPFDocument docx, Document document) {
		var section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
				: docx.getDocument().getBody().addNewSectPr();
		var size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(A4_WIDTH));
		size.setH(BigInteger.valueOf(A4_HEIGHT));
		var margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN));
		margins.setBottom(BigInteger.valueOf(MARGIN));
		margins.setLeft(BigInteger.valueOf(MARGIN));
		margins.setRight(BigInteger.valueOf(MARGIN));
		margins.setHeader(BigInteger.valueOf(MARGIN / 2));
		margins.setFooter(BigInteger.valueOf(MARGIN / 2));
		var header = docx.createHeader(HeaderFooterType.DEFAULT).createParagraph();
		header.createRun().setText(Typography.keepTogether(document.runningHeader()));
		var footer = docx.createFooter(HeaderFooterType.DEFAULT).createParagraph();
		footer.setAlignment(ParagraphAlignment.RIGHT);
		footer.createRun().setText(document.labels().page() + " ");
		field(footer, "PAGE", "1");
		footer.createRun().setText(" / ");
		field(footer, "NUMPAGES", "1");
		if (document.titlePage()) {
			// An empty first-page header and footer leave the title page clean; Word shows them only with titlePg.
			docx.createHeader(HeaderFooterType.FIRST).createParagraph();
			docx.createFooter(HeaderFooterType.FIRST).createParagraph();
			if (!section.isSetTitlePg()) {
				section.addNewTitlePg();
			}
		}
	}

	private static void field(XWPFParagraph paragraph, String instruction, String shown) {
		var field = paragraph.getCTP().addNewFldSimple();
		field.setInstr(instruction);
		field.addNewR().addNewT().setStringValue(shown);
	}

}
