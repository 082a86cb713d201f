package fi.ohjaamo.prioritisation.fundingcall;

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
 * Recording a call's results from the minutes: a steering body of the organisation, or a body named in words when it
 * was e.g. the city board; the date, the section (§) and the diary number.
 */
record FundingResultForm(@Nullable UUID bodyId, @Size(max = 200) String bodyName,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decidedOn,
		@NotBlank @Size(max = 50) String section, @Size(max = 100) String diaryNumber) {

	FundingResultForm {
		bodyName = bodyName == null ? "" : bodyName.strip();
		section = section == null ? "" : section.strip();
		diaryNumber = diaryNumber == null ? "" : diaryNumber.strip();
	}

	static FundingResultForm blank(LocalDate today) {
		return new FundingResultForm(null, "", today, "", "");
	}

	/** Exactly one body: one of the organisation's, or one named in words. */
	void check(List<SteeringBody> bodies, Errors errors) {
		if (bodyId == null && bodyName.isEmpty()) {
			errors.rejectValue("bodyName", "prioritisation.fundingCall.result.body.missing");
		}
		if (bodyId != null && !bodyName.isEmpty()) {
			errors.rejectValue("bodyName", "prioritisation.fundingCall.result.body.both");
		}
		if (bodyId != null && bodies.stream().noneMatch(b -> b.getId().equals(bodyId))) {
			errors.rejectValue("bodyId", "prioritisation.fundingCall.result.body.unknown");
		}
	}

	/** Only call on a form without errors. */
	FundingResult result() {
		return new FundingResult(bodyId, bodyName, decidedOn == null ? LocalDate.EPOCH : decidedOn, section,
				diaryNumber);
	}

}
