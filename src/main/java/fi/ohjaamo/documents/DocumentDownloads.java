package fi.ohjaamo.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends a document as a download, for the route of the module that owns the document: the module writes it with the
 * words of the language the link names, and this renders it whole to the route's format, logs the disclosure and
 * only then sends the file, named after its title. Every document leaves this one way, so each is audited alike
 * and a failure shows an error page instead of a broken download.
 */
@Component
public class DocumentDownloads {

	private final DocumentFiles files;

	private final MessageSource messages;

	DocumentDownloads(DocumentFiles files, MessageSource messages) {
		this.files = files;
		this.messages = messages;
	}

	/**
	 * Writes the document in the language, renders it and logs it under its kind ({@code strategy},
	 * {@code action-plan}, …) and the record it prints, if it prints one, then sends it.
	 */
	public void send(UUID organisationId, String kind, @Nullable UUID objectId, DocumentFormat format,
			DocumentLanguage language, Function<Words, Document> writer, HttpServletResponse response)
			throws IOException {
		var document = writer.apply(new Words(messages, language.locale()));
		byte[] file = files.render(document, format);
		files.disclosed(organisationId, kind, objectId, document, format, language);
		response.setContentType(format.contentType);
		response.setContentLength(file.length);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(FileNames.of(document.title()) + "." + format.extension(), StandardCharsets.UTF_8)
			.build()
			.toString());
		response.getOutputStream().write(file);
	}

}
