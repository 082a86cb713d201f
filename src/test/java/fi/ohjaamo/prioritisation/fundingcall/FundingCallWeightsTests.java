package fi.ohjaamo.prioritisation.fundingcall;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call's weight rule: it uses a criterion, each criterion it uses has a weight, and the weights add up to 100. The
 * form tells what breaks it next to the field, and the call's definition, which the service saves, refuses it too.
 */
class FundingCallWeightsTests {

	private static final LocalDate OPENS = LocalDate.of(2026, 3, 2);

	@Test
	void weightsThatAddUpToTheFullWeightPass() {
		var errors = checked(used(60), used(40), unused(25));

		assertThat(errors.hasErrors()).isFalse();
		assertThat(definition(60, 40).weighsFully()).isTrue();
	}

	@Test
	void weightsThatDoNotAddUpAreToldWithTheirSumNextToTheCriteria() {
		var errors = checked(used(70), unused(30));

		var error = errors.getFieldError("criteria");
		assertThat(error).isNotNull();
		assertThat(error.getCode()).isEqualTo("prioritisation.fundingCall.criteria.sum");
		assertThat(error.getArguments()).containsExactly(70, FundingCallDefinition.FULL_WEIGHT);
		assertThat(definition(70).weighsFully()).isFalse();
		assertThat(definition(70).weightSum()).isEqualTo(70);
	}

	@Test
	void aCallUsingNoCriterionIsTold() {
		var errors = checked(unused(60), unused(40));

		assertThat(errors.getFieldErrors("criteria")).extracting(e -> e.getCode())
			.containsExactly("prioritisation.fundingCall.criteria.none");
		assertThat(definition().weighsFully()).isFalse();
	}

	@Test
	void aCriterionInUseNeedsAWeightNextToItsOwnField() {
		var errors = checked(used(100), used(null));

		assertThat(errors.getFieldErrors("criteria[1].weight")).extracting(e -> e.getCode()).containsExactly("NotNull");
		assertThat(errors.getFieldErrors("criteria[0].weight")).isEmpty();
		assertThat(errors.getFieldErrors("criteria")).isEmpty();
	}

	private static Errors checked(FundingCallForm.Choice... choices) {
		var form = new FundingCallForm("Haku", "", BigDecimal.TEN, OPENS, OPENS.plusDays(30), List.of(choices), 1L);
		var errors = new BeanPropertyBindingResult(form, "callForm");
		FundingCalls.checkWeights(form, errors);
		return errors;
	}

	private static FundingCallForm.Choice used(@Nullable Integer weight) {
		return new FundingCallForm.Choice(UUID.randomUUID(), true, weight);
	}

	private static FundingCallForm.Choice unused(int weight) {
		return new FundingCallForm.Choice(UUID.randomUUID(), false, weight);
	}

	private static FundingCallDefinition definition(int... weights) {
		return new FundingCallDefinition("Haku", "", BigDecimal.TEN, new FundingPeriod(OPENS, OPENS.plusDays(30)),
				java.util.Arrays.stream(weights).mapToObj(w -> new CallCriterion(UUID.randomUUID(), w)).toList());
	}

}
