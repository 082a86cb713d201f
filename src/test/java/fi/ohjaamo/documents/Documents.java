package fi.ohjaamo.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renderers without Spring, and sample documents of the shape the real ones have. */
final class Documents {

	private Documents() {
	}

	static PdfRenderer pdfRenderer() {
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		var engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return new PdfRenderer(engine);
	}

	static PDDocument pdf(Document document) throws IOException {
		var out = new ByteArrayOutputStream();
		pdfRenderer().render(document, out);
		return Loader.loadPDF(out.toByteArray());
	}

	static XWPFDocument docx(Document document) throws IOException {
		var out = new ByteArrayOutputStream();
		new DocxRenderer().render(document, out);
		return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
	}

	/** A plan-shaped document: title page, contents, chapters with numbered sections, fields and tables. */
	static Document plan(Locale language, int projects) {
		var document = new DocumentBuilder(language, "Tietohallinnon toimenpidesuunnitelma 2027",
				new DocumentLabels(language.getLanguage().equals("en") ? "Contents" : "Sisällys",
						language.getLanguage().equals("en") ? "Page" : "Sivu"))
			.withTitlePage()
			.subtitle("Kuusijärven kaupunki")
			.subtitle("Syksy 2026");
		document.chapter("Johdanto").paragraph("Suunnitelma kokoaa kaupungin tietohallinnon kehittämiskohteet.");
		document.chapter("Kaupunkiyhteiset kehittämiskohteet");
		for (int i = 1; i <= projects; i++) {
			document.section("Kehittämiskohde " + i)
				.add(new Block.Fields(List.of(new Block.Field("Kuvaus", "Järjestelmän uusiminen ja käyttöönotto " + i),
						new Block.Field("Aikataulu", "Q3/2027"), new Block.Field("Vastuutaho", "Tietohallinto"),
						new Block.Field("Kustannukset", "20 000 € (alv 0 %)"))))
				.add(Block.Table.of("Kustannukset", List.of("Vuosi", "Investointi", "Jatkuvat"),
						List.of(List.of("2027", "20 000 €", "2 000 €"), List.of("2028", "–", "2 000 €"))));
		}
		document.chapter("Nelikenttä")
			.add(new Block.Quadrants("SWOT", List.of(new Block.Quadrant("Vahvuudet", List.of("Osaava henkilöstö")),
					new Block.Quadrant("Heikkoudet", List.of("Vanhat järjestelmät")),
					new Block.Quadrant("Mahdollisuudet", List.of("Yhteishankinnat")),
					new Block.Quadrant("Uhat", List.of("Kyberuhat")))));
		return document.build();
	}

}
