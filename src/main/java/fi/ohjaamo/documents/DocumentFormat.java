package fi.ohjaamo.documents;

import java.util.Locale;

/** PDF for reading and printing, Word for editing further. */
public enum DocumentFormat {

	PDF(PdfRenderer.CONTENT_TYPE), DOCX(DocxRenderer.CONTENT_TYPE);

	final String contentType;

	DocumentFormat(String contentType) {
		this.contentType = contentType;
	}

	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

}
