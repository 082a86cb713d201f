package fi.ohjaamo.strategy.strategies;

import java.time.LocalDate;

import fi.ohjaamo.strategy.Approval;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * One decision of a strategy's approval chain: the body, the date or explicitly "date not known", the minutes
 * section, appendix, diary number and a link, which when given must be a web address. The version is the strategy's
 * as the person saw it, for correcting a recorded decision.
 */
record ApprovalForm(@NotBlank @Size(max = 300) String body,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
		@Nullable Boolean dateUnknown,
		@Size(max = 100) String minutesSection, @Size(max = 100) String appendix, @Size(max = 100) String diaryNumber,
		@Size(max = 1000) @Pattern(regexp = "^$|^https?://\\S+$",
				message = "{strategy.approval.link.invalid}") String link,
		@Nullable Long version) {

	/** Whether the person ticked "date not known"; an unticked box sends nothing. */
	boolean unknownDate() {
		return Boolean.TRUE.equals(dateUnknown);
	}

	ApprovalForm {
		body = body == null ? "" : body.strip();
		minutesSection = minutesSection == null ? "" : minutesSection.strip();
		appendix = appendix == null ? "" : appendix.strip();
		diaryNumber = diaryNumber == null ? "" : diaryNumber.strip();
		link = link == null ? "" : link.strip();
	}

	static ApprovalForm blank() {
		return new ApprovalForm("", null, false, "", "", "", "", null);
	}

	static ApprovalForm of(Approval a, long version) {
		return new ApprovalForm(a.body(), a.date(), a.date() == null, blank(a.minutesSection()), blank(a.appendix()),
				blank(a.diaryNumber()), blank(a.link()), version);
	}

	ApprovalForm at(long version) {
		return new ApprovalForm(body, date, dateUnknown, minutesSection, appendix, diaryNumber, link, version);
	}

	/** A date is asked for unless the person says it is not known. */
	void check(Errors errors) {
		if (date == null && !unknownDate() && !errors.hasFieldErrors("date")) {
			errors.rejectValue("date", "strategy.approval.date.missing");
		}
	}

	Approval approval() {
		return new Approval(body, unknownDate() ? null : date, nullIfBlank(minutesSection), nullIfBlank(appendix),
				nullIfBlank(diaryNumber), nullIfBlank(link));
	}

	private static String blank(@Nullable String s) {
		return s == null ? "" : s;
	}

	private static @Nullable String nullIfBlank(String s) {
		return s.isEmpty() ? null : s;
	}

}
