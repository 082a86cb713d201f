package fi.ohjaamo.registers.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import fi.ohjaamo.registers.Assessment;
import fi.ohjaamo.registers.Direction;
import fi.ohjaamo.registers.Integration;
import fi.ohjaamo.registers.Relation;
import fi.ohjaamo.registers.Verdict;
import fi.ohjaamo.registers.YearCost;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The small forms on a system's page, each adding one part of the system. The system's version the person saw is
 * sent beside them as {@code version}, so that a part added meanwhile by someone else is not overwritten.
 */
final class PartForms {

	private PartForms() {
	}

	record IntegrationForm(@NotNull @Nullable UUID targetSystemId, @NotNull @Nullable Direction direction,
			@Size(max = 200) String method) {

		IntegrationForm {
			method = method == null ? "" : method.strip();
		}

		static IntegrationForm blank() {
			return new IntegrationForm(null, Direction.OUTGOING, "");
		}

		Integration integration() {
			return new Integration(java.util.Objects.requireNonNull(targetSystemId),
					direction == null ? Direction.OUTGOING : direction, method);
		}

	}

	record CostForm(@NotNull @Min(1990) @Max(2100) @Nullable Integer year,
			@NotNull @DecimalMin("0") @Nullable BigDecimal maintenance,
			@NotNull @DecimalMin("0") @Nullable BigDecimal licences) {

		static CostForm blank(int year) {
			return new CostForm(year, null, null);
		}

		YearCost cost() {
			return new YearCost(year == null ? 0 : year, maintenance == null ? BigDecimal.ZERO : maintenance,
					licences == null ? BigDecimal.ZERO : licences);
		}

	}

	record AssessmentForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate assessedOn,
			@NotNull @Min(1) @Max(5) @Nullable Integer businessFit,
			@NotNull @Min(1) @Max(5) @Nullable Integer technicalCondition, @NotNull @Nullable Verdict verdict,
			@Size(max = 2000) String note) {

		AssessmentForm {
			note = note == null ? "" : note.strip();
		}

		static AssessmentForm blank(LocalDate today) {
			return new AssessmentForm(today, null, null, null, "");
		}

		Assessment assessment() {
			return new Assessment(java.util.Objects.requireNonNull(assessedOn), businessFit == null ? 1 : businessFit,
					technicalCondition == null ? 1 : technicalCondition, verdict == null ? Verdict.KEEP : verdict, note);
		}

	}

	record LinkForm(@NotNull @Nullable UUID projectId, @NotNull @Nullable Relation relation) {

		static LinkForm blank() {
			return new LinkForm(null, Relation.REPLACES);
		}

	}

}
