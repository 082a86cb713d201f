package fi.ohjaamo.documents;

import java.util.Locale;

import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One document model, two files: what a reader finds in the PDF and in the Word file. */
class DocumentRenderingTests {

	@Test
	void pdfHasTitlePageContentsNumberedHeadingsRunningHeaderAndPageNumbers() throws Exception {
		try (var pdf = Documents.pdf(Documents.plan(Locale.of("fi"), 3))) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
			var stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			String titlePage = DownloadedDocuments.text(stripper, pdf);
			assertThat(titlePage).contains("Tietohallinnon toimenpidesuunnitelma 2027", "Kuusijärven kaupunki")
				.as("the title page has no running header or page number")
				.doesNotContain("Sivu");
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			assertThat(DownloadedDocuments.text(stripper, pdf)).contains("Sisällys", "1 Johdanto", "2.1 Kehittämiskohde 1")
				.containsPattern("2\\.3 Kehittämiskohde 3 ?\\.* ?\\d");
			stripper.setStartPage(3);
			stripper.setEndPage(pdf.getNumberOfPages());
			String body = DownloadedDocuments.text(stripper, pdf);
			assertThat(body).contains("1 Johdanto", "2 Kaupunkiyhteiset kehittämiskohteet", "2.2 Kehittämiskohde 2",
					"3 Nelikenttä", "Vahvuudet", "Kyberuhat", "Tietohallinnon toimenpidesuunnitelma 2027")
				.contains("Sivu 3 / " + pdf.getNumberOfPages());
		}
	}

	@Test
	void pdfIsTaggedInItsLanguageWithItsTitleAndEmbeddedFonts() throws Exception {
		try (var pdf = Documents.pdf(Documents.plan(Locale.ENGLISH, 1))) {
			var catalog = pdf.getDocumentCatalog();
			assertThat(catalog.getMarkInfo()).isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).isTrue();
			assertThat(catalog.getStructureTreeRoot()).isNotNull();
			assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
			assertThat(catalog.getLanguage()).isEqualTo("en-GB");
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Tietohallinnon toimenpidesuunnitelma 2027");
			var page = pdf.getPage(0);
			for (var name : page.getResources().getFontNames()) {
				assertThat(page.getResources().getFont(name).isEmbedded()).as("font %s embedded", name).isTrue();
			}
		}
	}

	@Test
	void docxHasHeadingStylesContentsHeaderPageFieldAndTables() throws Exception {
		try (var docx = Documents.docx(Documents.plan(Locale.of("fi"), 2))) {
			var headings = docx.getParagraphs()
				.stream()
				.filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
				.map(XWPFParagraph::getText)
				.toList();
			assertThat(headings).containsExactly("1 Johdanto", "2 Kaupunkiyhteiset kehittämiskohteet",
					"2.1 Kehittämiskohde 1", "2.2 Kehittämiskohde 2", "3 Nelikenttä");
			assertThat(docx.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
			var contents = docx.getParagraphs()
				.stream()
				.filter(p -> p.getStyle() != null && p.getStyle().matches("TOC\\d"))
				.toList();
			assertThat(contents.getFirst().getCTP().xmlText()).contains("TOC \\o");
			assertThat(contents).extracting(XWPFParagraph::getText)
				.contains("1 Johdanto", "2.2 Kehittämiskohde 2");
			assertThat(docx.getHeaderList()).anySatisfy(
					header -> assertThat(header.getText()).contains("Tietohallinnon toimenpidesuunnitelma 2027"));
			assertThat(docx.getFooterList())
				.anySatisfy(footer -> assertThat(footer.getParagraphs().getFirst().getCTP().xmlText())
					.contains("PAGE")
					.contains("Sivu"));
			assertThat(docx.getTables()).hasSize(2 * 2 + 1);
			assertThat(docx.getTables().get(1).getRow(0).getCell(0).getText()).isEqualTo("Vuosi");
			assertThat(docx.getTables().getLast().getRow(1).getCell(1).getText()).contains("Uhat", "Kyberuhat");
			assertThat(docx.getProperties().getCoreProperties().getTitle())
				.isEqualTo("Tietohallinnon toimenpidesuunnitelma 2027");
		}
	}

	@Test
	void docxDeclaresTheDocumentsLanguageForSpellingAndScreenReaders() throws Exception {
		for (var language : java.util.Map.of(Locale.of("fi"), "fi-FI", Locale.of("sv"), "sv-FI", Locale.ENGLISH, "en-GB")
			.entrySet()) {
			try (var docx = Documents.docx(Documents.plan(language.getKey(), 1))) {
				var defaults = docx.getStyle().getDocDefaults().getRPrDefault().getRPr();
				assertThat(defaults.getLangList()).as("the default language of every run in %s", language.getKey())
					.singleElement()
					.satisfies(lang -> assertThat(lang.getVal()).isEqualTo(language.getValue()));
				assertThat(docx.getSettings().getCTSettings().getThemeFontLang().getVal())
					.as("the language Word's themes and proofing start from").isEqualTo(language.getValue());
				assertThat(docx.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
					.hasValue(language.getValue());
			}
		}
	}

	@Test
	void pdfHasBookmarksForTheChaptersWithTheirSectionsUnderThem() throws Exception {
		try (var pdf = Documents.pdf(Documents.plan(Locale.of("fi"), 2))) {
			var outline = pdf.getDocumentCatalog().getDocumentOutline();
			assertThat(outline).as("the PDF has an outline (bookmarks)").isNotNull();
			var chapters = new java.util.ArrayList<String>();
			var sections = new java.util.ArrayList<String>();
			for (var chapter : outline.children()) {
				chapters.add(chapter.getTitle());
				chapter.children().forEach(section -> sections.add(section.getTitle()));
			}
			assertThat(chapters).containsExactly("1 Johdanto", "2 Kaupunkiyhteiset kehittämiskohteet", "3 Nelikenttä");
			assertThat(sections).containsExactly("2.1 Kehittämiskohde 1", "2.2 Kehittämiskohde 2");
			var stripper = new PDFTextStripper();
			var target = outline.children().iterator().next().findDestinationPage(pdf);
			int page = pdf.getPages().indexOf(target) + 1;
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			assertThat(DownloadedDocuments.text(stripper, pdf)).as("the bookmark leads to the chapter's page").contains("Suunnitelma kokoaa");
		}
	}

	@Test
	void aSectionSignNeverEndsALineApartFromItsNumber() throws Exception {
		var builder = new DocumentBuilder(Locale.of("fi"), "Pöytäkirjan otteet", new DocumentLabels("Sisällys", "Sivu"));
		builder.chapter("Päätökset");
		for (int words = 0; words < 20; words++) {
			for (int letters = 1; letters <= 5; letters++) {
				builder.paragraph("sana ".repeat(words) + "x".repeat(letters) + " IT-ohjausryhmä 12.3.2027 § 38, "
						+ "tiedonhallintalain 17 § mukaisesti.");
			}
		}
		var document = builder.build();
		try (var pdf = Documents.pdf(document)) {
			var stripper = new PDFTextStripper();
			stripper.setLineSeparator("\n");
			var lines = stripper.getText(pdf).lines().map(String::strip).toList();
			assertThat(lines).as("lines of the rendered paragraphs").hasSizeGreaterThan(100);
			assertThat(lines).as("no line ends between § and 38, nor between 17 and §")
				.noneMatch(line -> line.endsWith("2027 §"))
				.noneMatch(line -> line.startsWith("38"))
				.noneMatch(line -> line.startsWith("§"));
		}
		try (var docx = Documents.docx(document)) {
			assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText)
				.filteredOn(text -> text.contains("§"))
				.hasSize(100)
				.allSatisfy(text -> assertThat(text).contains("§\u00a038", "17\u00a0§"));
		}
	}

}
