package fi.ohjaamo.documents;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** How the tests of the modules' own documents read a downloaded file. */
public final class DownloadedDocuments {

	public static final String PDF = PdfRenderer.CONTENT_TYPE;

	public static final String DOCX = DocxRenderer.CONTENT_TYPE;

	private DownloadedDocuments() {
	}

	/** The text of the stripper's pages with line breaks and no-break spaces as spaces: a long title may wrap anywhere. */
	public static String text(PDFTextStripper stripper, PDDocument pdf) throws IOException {
		return stripper.getText(pdf).replaceAll("[\\s\\u00a0\\u202f]+", " ");
	}

}
