package fi.ohjaamo.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders a small document of every kind of block to PDF and Word once the application is ready, in a background
 * thread, so that the first person to download a document does not wait while the template is parsed, the fonts are
 * read and the PDF and Word libraries load their classes (seconds on a small server). Start is not held up: the
 * application answers while this runs.
 */
@Component
class DocumentWarmUp {

	private static final Logger log = LoggerFactory.getLogger(DocumentWarmUp.class);

	private final PdfRenderer pdf;

	private final DocxRenderer docx;

	private final boolean enabled;

	private final CompletableFuture<Void> done = new CompletableFuture<>();

	DocumentWarmUp(PdfRenderer pdf, DocxRenderer docx, @Value("${ohjaamo.documents.warm-up:true}") boolean enabled) {
		this.pdf = pdf;
		this.docx = docx;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void applicationReady() {
		if (enabled) {
			Thread.ofPlatform().name("document-warm-up").daemon().priority(Thread.MIN_PRIORITY).start(this::warmUp);
		}
	}

	/** Renders the sample to both formats and throws the files away; a failure only means a slower first document. */
	void warmUp() {
		long started = System.nanoTime();
		try {
			pdf.render(sample(), OutputStream.nullOutputStream());
			docx.render(sample(), OutputStream.nullOutputStream());
			log.info("Documents ready: the PDF and Word renderers were warmed up in {} ms",
					(System.nanoTime() - started) / 1_000_000);
			done.complete(null);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Warming up the document renderers failed; the first document will take longer", ex);
			done.completeExceptionally(ex);
		}
	}

	/** Completes when the warm-up has rendered its sample. */
	CompletableFuture<Void> done() {
		return done;
	}

	/** A document with a title page, contents and one block of every kind; its words are never shown to anyone. */
	static Document sample() {
		var builder = new DocumentBuilder(Locale.of("fi"), "Ohjaamo § 1", new DocumentLabels("1", "2")).withTitlePage()
			.subtitle("2026");
		builder.chapter("1").paragraph("1 § 2").add(new Block.Bullets(List.of("1", "2")));
		builder.section("2")
			.add(new Block.Fields(List.of(new Block.Field("1", "2"))))
			.add(Block.Table.of("3", List.of("1", "2"), List.of(List.of("1", "2"))));
		builder.subsection("3")
			.add(new Block.Quadrants("4", List.of(new Block.Quadrant("1", List.of("1")),
					new Block.Quadrant("2", List.of("2")), new Block.Quadrant("3", List.of("3")),
					new Block.Quadrant("4", List.of("4")))));
		return builder.build();
	}

}
