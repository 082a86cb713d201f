package fi.ohjaamo.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
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
 * Renders a plan-sized document of every kind of block to PDF and Word a few times once the application is ready,
 * in a background thread, so that the first person to download a document does not wait while the template is
 * parsed, the fonts are read, the PDF and Word libraries load their classes and the JVM compiles their layout code
 * (a single small sample left the first 100-project plan at 2.4 s against 0.85 s for the later ones). Start is not
 * held up: the application answers while this runs on one core (its low priority is a hint that Linux ignores).
 */
@Component
public class DocumentWarmUp {

	private static final Logger log = LoggerFactory.getLogger(DocumentWarmUp.class);

	/** Sections in the sample, each like a project's card in a plan. */
	private static final int SECTIONS = 30;

	private final PdfRenderer pdf;

	private final DocxRenderer docx;

	private final boolean enabled;

	/** How many times the sample is rendered: ten brought the first plan close to the later ones (docs/benchmarks.md). */
	private final int rounds;

	/**
	 * How long after start the warm-up waits: the first pages people open after a start need both cores more than
	 * the first document does (docs/benchmarks.md, cold start).
	 */
	private final Duration delay;

	private final CompletableFuture<Void> done = new CompletableFuture<>();

	DocumentWarmUp(PdfRenderer pdf, DocxRenderer docx, @Value("${ohjaamo.documents.warm-up:true}") boolean enabled,
			@Value("${ohjaamo.documents.warm-up-rounds:10}") int rounds,
			@Value("${ohjaamo.documents.warm-up-delay:20s}") Duration delay) {
		this.pdf = pdf;
		this.docx = docx;
		this.enabled = enabled;
		this.rounds = Math.max(1, rounds);
		this.delay = delay;
	}

	@EventListener(ApplicationReadyEvent.class)
	void applicationReady() {
		if (enabled) {
			Thread.ofPlatform().name("document-warm-up").daemon().priority(Thread.MIN_PRIORITY).start(() -> {
				try {
					Thread.sleep(delay);
					warmUp();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					done.cancel(false);
				}
			});
		}
	}

	/** Renders the sample to both formats and throws the files away; a failure only means a slower first document. */
	void warmUp() {
		long started = System.nanoTime();
		try {
			var sample = sample();
			// Rendering the same pages again is what makes the JIT compile the layout's hot paths.
			for (int round = 0; round < rounds; round++) {
				pdf.render(sample, OutputStream.nullOutputStream());
				docx.render(sample, OutputStream.nullOutputStream());
			}
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
	public CompletableFuture<Void> done() {
		return done;
	}

	/**
	 * A document with a title page, contents and every kind of block, its sections shaped like a plan's cards; its
	 * words are never shown to anyone.
	 */
	static Document sample() {
		var builder = new DocumentBuilder(Locale.of("fi"), "Ohjaamo § 1", new DocumentLabels("1", "2")).withTitlePage()
			.subtitle("2026");
		builder.chapter("1").paragraph("1 § 2").add(new Block.Bullets(List.of("1", "2")));
		for (int section = 1; section <= SECTIONS; section++) {
			builder.section("Hanke " + section)
				.paragraph("Hankkeen kuvaus, joka jatkuu useammalle riville niin kuin kortin kuvaus jatkuu. ".repeat(3))
				.add(new Block.Fields(List.of(new Block.Field("Tila", "Käynnissä"), new Block.Field("Vastuu", "IT"),
						new Block.Field("Aikataulu", "2026–2027"), new Block.Field("Kustannus", "70 000–110 000 €"))))
				.add(Block.Table.of("Kustannukset", List.of("Vuosi", "Kertaluonteiset", "Jatkuvat"),
						List.of(List.of("2026", "40 000 €", "5 000 €"), List.of("2027", "30 000 €", "12 000 €"))));
		}
		builder.subsection("3")
			.add(new Block.Quadrants("4", List.of(new Block.Quadrant("1", List.of("1")),
					new Block.Quadrant("2", List.of("2")), new Block.Quadrant("3", List.of("3")),
					new Block.Quadrant("4", List.of("4")))));
		return builder.build();
	}

}
