package fi.ohjaamo.decisions;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Recording a total-cost-of-ownership analysis: the years it covers, its figures, summary, link and date. */
record TcoForm(@NotNull @Min(1) @Max(30) @Nullable Integer years,
		@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Nullable BigDecimal oneOff,
		@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Nullable BigDecimal recurringPerYear,
		@NotBlank @Size(max = 4000) String summary, @Size(max = 1000) @Pattern(regexp = LINK) String link,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate madeOn) {

	/** Empty, or a web address: nothing else becomes a link on the page. */
	static final String LINK = "^$|^https?://\\S+$";

	TcoForm {
		summary = summary == null ? "" : summary.strip();
		link = link == null ? "" : link.strip();
	}

	static TcoForm blank(LocalDate today) {
		return new TcoForm(5, null, null, "", "", today);
	}

}
