package fi.ohjaamo.documents;

import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The documents are warmed up in the background once the application is ready, with every kind of block. */
class DocumentWarmUpTests {

	@Test
	void rendersASampleOfEveryBlockToBothFormatsInTheBackground() throws Exception {
		var warmUp = new DocumentWarmUp(Documents.pdfRenderer(), new DocxRenderer(), true, 1, java.time.Duration.ZERO);
		warmUp.applicationReady();
		warmUp.done().get(2, TimeUnit.MINUTES);
		assertThat(warmUp.done()).isCompleted().isNotCompletedExceptionally();
		var kinds = DocumentWarmUp.sample().blocks().stream().map(Block::kind).collect(Collectors.toSet());
		assertThat(kinds).as("the sample reaches every part of the template and of the Word renderer")
			.containsExactlyInAnyOrder("heading", "paragraph", "bullets", "fields", "table", "quadrants");
		assertThat(DocumentWarmUp.sample().titlePage()).isTrue();
	}

	@Test
	void canBeTurnedOff() {
		var warmUp = new DocumentWarmUp(Documents.pdfRenderer(), new DocxRenderer(), false, 1, java.time.Duration.ZERO);
		warmUp.applicationReady();
		assertThat(warmUp.done()).isNotDone();
	}

}
