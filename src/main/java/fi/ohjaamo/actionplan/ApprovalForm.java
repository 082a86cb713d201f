package fi.ohjaamo.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.steering.SteeringBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The approval decision: a steering body of the organisation, or a body named in words when it was e.g. the council;
 * the date, the minutes section and optionally the diary number and a link to the minutes.
 */
record ApprovalForm(@Nullable UUID bodyId, @Size(max = 200) String bodyName,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
		@NotBlank @Size(max = 50) String section, @Size(max = 100) String diaryNumber, @Size(max = 500) String link,
		@Nullable Long version) {

	ApprovalForm {
		bodyName = bodyName == null ? "" : bodyName.strip();
		section = section == null ? "" : section.strip();
		diaryNumber = diaryNumber == null ? "" : diaryNumber.strip();
		link = link == null ? "" : link.strip();
	}

	static ApprovalForm blank(LocalDate today, long version) {
		return new ApprovalForm(null, "", today, "", "", "", version);
	}

	/** One body, and a link that is a web address, so the published plan never links anywhere else. */
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
		if (!link.isEmpty() && !(link.startsWith("https://") || link.startsWith("http://"))) {
			errors.rejectValue("link", "actionplan.approval.link.notWeb");
		}
	}

	Approval approval(List<SteeringBody> bodies) {
		String body = bodyId == null ? bodyName
				: bodies.stream().filter(b -> b.getId().equals(bodyId)).findFirst().orElseThrow().getName();
		return new Approval(bodyId, body, date == null ? LocalDate.now() : date, section, diaryNumber, link);
	}

}
