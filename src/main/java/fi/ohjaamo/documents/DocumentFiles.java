package fi.ohjaamo.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a document into a file of the chosen format and logs the disclosure. The whole file is made before anything
 * is sent, so a failure shows an error page instead of a broken download, and only a finished file is logged.
 */
@Component
public class DocumentFiles {

	private final PdfRenderer pdf;

	private final DocxRenderer docx;

	private final ApplicationEventPublisher events;

	DocumentFiles(PdfRenderer pdf, DocxRenderer docx, ApplicationEventPublisher events) {
		this.pdf = pdf;
		this.docx = docx;
		this.events = events;
	}

	public byte[] render(Document document, DocumentFormat format) {
		var out = new ByteArrayOutputStream(64 * 1024);
		var printable = PrintableText.of(document);
		try {
			switch (format) {
				case PDF -> pdf.render(printable, out);
				case DOCX -> docx.render(printable, out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	@Transactional
	void disclosed(UUID organisationId, String kind, @Nullable UUID objectId, Document document,
			DocumentFormat format, DocumentLanguage language) {
		events.publishEvent(new DocumentExported(organisationId, kind, format, language, objectId, document.title()));
	}

}
