package fi.ohjaamo.actionplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An introduction chapter; {@code version} is the plan version the person saw. */
record ChapterForm(@NotBlank @Size(max = 300) String heading, @Size(max = 20000) String text,
		@Nullable Long version) {

	ChapterForm {
		heading = heading == null ? "" : heading.strip();
		text = text == null ? "" : text.strip();
	}

	static ChapterForm of(Chapter chapter, long version) {
		return new ChapterForm(chapter.heading(), chapter.text(), version);
	}

	Chapter chapter() {
		return new Chapter(heading, text);
	}

}
