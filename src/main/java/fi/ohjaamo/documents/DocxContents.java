package fi.ohjaamo.documents;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The table of contents as a Word TOC field over the Heading styles. Its result is written out in advance (the
 * numbered headings, without page numbers) so the contents read even before Word updates the field; Word is asked
 * to update fields on opening, which fills in the pages.
 */
final class DocxContents {

	private DocxContents() {
	}

	static void write(XWPFDocument docx, List<Block.Heading> headings) {
		var first = docx.createParagraph();
		first.setStyle(DocxStyles.contents(1));
		fieldChar(first, STFldCharType.BEGIN);
		var instruction = first.getCTP().addNewR().addNewInstrText();
		instruction.setStringValue(" TOC \\o \"1-" + DocxStyles.DEEPEST + "\" \\h \\z \\u ");
		instruction.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
		fieldChar(first, STFldCharType.SEPARATE);
		XWPFParagraph last = first;
		for (int i = 0; i < headings.size(); i++) {
			var heading = headings.get(i);
			var paragraph = i == 0 ? first : docx.createParagraph();
			paragraph.setStyle(DocxStyles.contents(heading.level()));
			paragraph.createRun().setText(Typography.keepTogether(heading.numbered()));
			last = paragraph;
		}
		fieldChar(last, STFldCharType.END);
		docx.enforceUpdateFields();
	}

	private static void fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
		paragraph.getCTP().addNewR().addNewFldChar().setFldCharType(type);
	}

}
