package fi.ohjaamo.prioritisation;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** A criterion's scale has two to ten levels: told next to the levels on the form, refused by the definition. */
class CriterionScaleTests {

	@Test
	void twoToTenLevelsMakeAReadableScale() {
		assertThat(definition(2).hasReadableScale()).isTrue();
		assertThat(definition(10).hasReadableScale()).isTrue();
		assertThat(definition(1).hasReadableScale()).isFalse();
		assertThat(definition(11).hasReadableScale()).isFalse();
	}

	@Test
	void tooFewOrTooManyLevelsAreToldNextToTheLevels() {
		assertThat(codes(1)).containsExactly("prioritisation.criterion.levels.tooFew");
		assertThat(codes(11)).containsExactly("prioritisation.criterion.levels.tooMany");
		assertThat(codes(4)).isEmpty();
	}

	private static List<String> codes(int levels) {
		var errors = new MapBindingResult(new java.util.HashMap<>(java.util.Map.of("levels", List.of())), "criterionForm");
		Criteria.checkScale(levels, errors);
		return errors.getFieldErrors("levels").stream().map(e -> String.valueOf(e.getCode())).toList();
	}

	private static CriterionDefinition definition(int levels) {
		return new CriterionDefinition("Sopivuus", "", 50, 0, Collections.nCopies(levels, "Taso"), true);
	}

}
