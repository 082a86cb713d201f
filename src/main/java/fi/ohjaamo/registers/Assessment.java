package fi.ohjaamo.registers;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A dated judgement of the system's business fit and technical condition (1 poor – 5 excellent) and its verdict. */
@Embeddable
public record Assessment(LocalDate assessedOn, int businessFit, int technicalCondition,
		@Enumerated(EnumType.STRING) Verdict verdict, String note) {
}
