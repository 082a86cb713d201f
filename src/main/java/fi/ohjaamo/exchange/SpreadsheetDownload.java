package fi.ohjaamo.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** A workbook sent as a download: its media type and a file name in the person's language. */
public final class SpreadsheetDownload {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private SpreadsheetDownload() {
	}

	/** Starts the response as an attachment with the file name; the caller writes the workbook into the stream. */
	public static OutputStream start(HttpServletResponse response, String fileName) throws IOException {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		return response.getOutputStream();
	}

}
