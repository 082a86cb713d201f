package fi.ohjaamo.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.steering.SteeringBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * One decision of a plan's approval chain: a steering body of the organisation, or a body named in words when it was
 * e.g. the council; the date or explicitly "date not known", the minutes section and optionally the appendix, diary
 * number and a link to the minutes. The version is the plan's as the person saw it.
 */
record ApprovalForm(@Nullable UUID bodyId, @Size(max = 200) String bodyName,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
		@Nullable Boolean dateUnknown,
		@NotBlank @Size(max = 50) String section, @Size(max = 100) String appendix,
		@Size(max = 100) String diaryNumber, @Size(max = 500) String link, @Nullable Long version) {

	/** Whether the person ticked "date not known"; an unticked box sends nothing. */
	boolean unknownDate() {
		return Boolean.TRUE.equals(dateUnknown);
	}

	ApprovalForm {
		bodyName = bodyName == null ? "" : bodyName.strip();
		section = section == null ? "" : section.strip();
		appendix = appendix == null ? "" : appendix.strip();
		diaryNumber = diaryNumber == null ? "" : diaryNumber.strip();
		link = link == null ? "" : link.strip();
	}

	static ApprovalForm blank(LocalDate today, long version) {
		return new ApprovalForm(null, "", today, false, "", "", "", "", version);
	}

	/** A recorded decision to correct; a body no longer among the active ones is shown by its name. */
	static ApprovalForm of(Approval a, List<SteeringBody> bodies, long version) {
		boolean offered = a.bodyId() != null && bodies.stream().anyMatch(b -> b.getId().equals(a.bodyId()));
		return new ApprovalForm(offered ? a.bodyId() : null, offered ? "" : a.body(), a.date(), a.date() == null,
				a.section(), blank(a.appendix()), blank(a.diaryNumber()), blank(a.link()), version);
	}

	ApprovalForm at(long version) {
		return new ApprovalForm(bodyId, bodyName, date, dateUnknown, section, appendix, diaryNumber, link, version);
	}

	/**
	 * One body, a date unless the person says it is not known, and a link that is a web address, so the published
	 * plan never links anywhere else.
	 */
	void check(List<SteeringBody> bodies, Errors errors) {
		if (bodyId == null && bodyName.isEmpty()) {
			errors.rejectValue("bodyName", "actionplan.approval.body.missing");
		}
		if (bodyId != null && !bodyName.isEmpty()) {
			errors.rejectValue("bodyName", "actionplan.approval.body.both");
		}
		if (bodyId != null && bodies.stream().noneMatch(b -> b.getId().equals(bodyId))) {
			errors.rejectValue("bodyId", "actionplan.approval.body.unknown");
		}
		if (date == null && !unknownDate() && !errors.hasFieldErrors("date")) {
			errors.rejectValue("date", "actionplan.approval.date.missing");
		}
		if (!link.isEmpty() && !(link.startsWith("https://") || link.startsWith("http://"))) {
			errors.rejectValue("link", "actionplan.approval.link.notWeb");
		}
	}

	Approval approval(List<SteeringBody> bodies) {
		String body = bodyId == null ? bodyName
				: bodies.stream().filter(b -> b.getId().equals(bodyId)).findFirst().orElseThrow().getName();
		return new Approval(bodyId, body, unknownDate() ? null : date, section, appendix.isEmpty() ? null : appendix,
				diaryNumber, link);
	}

	private static String blank(@Nullable String s) {
		return s == null ? "" : s;
	}

}
