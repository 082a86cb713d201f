package fi.ohjaamo.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a document to PDF through an XHTML page: Thymeleaf writes the page, openhtmltopdf lays it out with
 * paged-media CSS (running header, page numbers, contents with page references). The PDF is tagged for PDF/UA,
 * names its language and title, and embeds DejaVu Sans, so it reads the same everywhere and to a screen reader.
 */
@Component
class PdfRenderer {

	static final String CONTENT_TYPE = "application/pdf";

	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	private static final String FAMILY = "DejaVu Sans";

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	void render(Document document, OutputStream out) throws IOException {
		var context = new Context(document.language());
		context.setVariable("doc", document);
		String page = Typography.keepTogether(templates.process("documents/document", context));
		var builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.withProducer("Ohjaamo");
		font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
		font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
		font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
		font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
		builder.withHtmlContent(page, null);
		builder.toStream(out);
		builder.run();
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		builder.useFont(() -> open(file), FAMILY, weight, style, true);
	}

	private static InputStream open(String file) {
		var stream = PdfRenderer.class.getResourceAsStream(FONTS + file);
		if (stream == null) {
			throw new UncheckedIOException(new IOException("font missing from the class path: " + file));
		}
		return Objects.requireNonNull(stream);
	}

}
