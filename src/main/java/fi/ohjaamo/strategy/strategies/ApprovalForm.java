package fi.ohjaamo.strategy.strategies;

import java.time.LocalDate;
import java.util.Objects;

import fi.ohjaamo.strategy.Approval;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The decision that approved a strategy; the link, when given, must be a web address. */
record ApprovalForm(@NotBlank @Size(max = 300) String body,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
		@Size(max = 100) String minutesSection, @Size(max = 100) String diaryNumber,
		@Size(max = 1000) @Pattern(regexp = "^$|^https?://\\S+$",
				message = "{strategy.approval.link.invalid}") String link) {

	ApprovalForm {
		body = body == null ? "" : body.strip();
		minutesSection = minutesSection == null ? "" : minutesSection.strip();
		diaryNumber = diaryNumber == null ? "" : diaryNumber.strip();
		link = link == null ? "" : link.strip();
	}

	static ApprovalForm of(@Nullable Approval a) {
		return a == null ? new ApprovalForm("", null, "", "", "")
				: new ApprovalForm(a.body(), a.date(), blank(a.minutesSection()), blank(a.diaryNumber()),
						blank(a.link()));
	}

	Approval approval() {
		return new Approval(body, Objects.requireNonNull(date), nullIfBlank(minutesSection), nullIfBlank(diaryNumber),
				nullIfBlank(link));
	}

	private static String blank(@Nullable String s) {
		return s == null ? "" : s;
	}

	private static @Nullable String nullIfBlank(String s) {
		return s.isEmpty() ? null : s;
	}

}
