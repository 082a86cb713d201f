package fi.ohjaamo.prioritisation.fundingcall;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The decision that made a call's selection its result: a steering body of the organisation, or a body named in words
 * (the city board), with the body's name at the time, the date, the section of the minutes (§) and the diary number.
 */
public record FundingResult(@Nullable UUID bodyId, String body, LocalDate decidedOn, String section,
		String diaryNumber) {

}
