package fi.ohjaamo.documents;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles a document uses, defined in the file itself: Word's built-in names (heading 1…4, toc 1…4,
 * Title) so that the navigation pane, the TOC field and screen readers recognise them.
 */
final class DocxStyles {

	static final String TITLE = "Title";

	static final String DOCUMENT_TITLE = "DocumentTitle";

	static final String SUBTITLE = "Subtitle";

	static final String CONTENTS_HEADING = "TOCHeading";

	static final String CAPTION = "Caption";

	static final String BULLET = "ListBullet";

	/** The deepest heading level: an action plan's project under category, service area and unit. */
	static final int DEEPEST = 4;

	private DocxStyles() {
	}

	static String heading(int level) {
		return "Heading" + Math.min(level, DEEPEST);
	}

	static String contents(int level) {
		return "TOC" + Math.min(level, DEEPEST);
	}

	static void define(XWPFDocument docx, String languageTag) {
		XWPFStyles styles = docx.createStyles();
		// The document's language as the default of every run: what Word proofs against and a screen reader speaks.
		styles.setSpellingLanguage(languageTag);
		// And as the language of the theme fonts, the language Word shows for the document as a whole.
		var settings = docx.getSettings().getCTSettings();
		(settings.isSetThemeFontLang() ? settings.getThemeFontLang() : settings.addNewThemeFontLang()).setVal(languageTag);
		paragraph(styles, TITLE, "Title", 56, true, null, 0);
		paragraph(styles, DOCUMENT_TITLE, "Document title", 32, true, null, 0);
		paragraph(styles, SUBTITLE, "Subtitle", 26, false, null, 0);
		paragraph(styles, CONTENTS_HEADING, "TOC Heading", 30, true, null, 0);
		paragraph(styles, CAPTION, "caption", 20, true, null, 0);
		paragraph(styles, BULLET, "List Bullet", 22, false, null, 360);
		int[] sizes = { 30, 26, 23, 22 };
		for (int level = 1; level <= DEEPEST; level++) {
			paragraph(styles, heading(level), "heading " + level, sizes[level - 1], true, level - 1, 0);
			paragraph(styles, contents(level), "toc " + level, 22, false, null, (level - 1) * 360);
		}
	}

	private static void paragraph(XWPFStyles styles, String id, String name, int halfPoints, boolean bold,
			@Nullable Integer outlineLevel, int indentTwips) {
		var style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewQFormat();
		var paragraph = style.addNewPPr();
		if (outlineLevel != null) {
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
			paragraph.addNewKeepNext();
			paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
		}
		if (indentTwips > 0) {
			paragraph.addNewInd().setLeft(BigInteger.valueOf(indentTwips));
		}
		var run = style.addNewRPr();
		if (bold) {
			run.addNewB();
		}
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		styles.addStyle(new XWPFStyle(style, styles));
	}

}
