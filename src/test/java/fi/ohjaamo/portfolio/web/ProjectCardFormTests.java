package fi.ohjaamo.portfolio.web;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.EffortUnit;
import fi.ohjaamo.portfolio.ImpactPart;
import fi.ohjaamo.portfolio.ImpactState;
import fi.ohjaamo.portfolio.ProjectCard;
import fi.ohjaamo.portfolio.ResourceLine;
import fi.ohjaamo.portfolio.ResourceParty;
import fi.ohjaamo.portfolio.Vat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectCardFormTests {

	private static final UUID AREA = UUID.randomUUID();

	/** The card's rules report on the card's field names; the page shows them next to the form's fields. */
	@Test
	void namesEveryFieldAsTheCardDoes() {
		assertThat(names(ProjectCardForm.class)).containsExactlyElementsOf(names(ProjectCard.class));
	}

	@Test
	void aCardPutOnTheFormIsTheSameCardAgain() {
		var card = ProjectCard.blank(AREA)
			.withCosts(List.of(new CostLine(CostKind.RECURRING, 2026, 2028, new BigDecimal("1200.50"), null, false,
					Vat.INCLUDED, "lisenssit")))
			.withResources(List.of(new ResourceLine(ResourceParty.IT, EffortUnit.PERSON_YEARS, new BigDecimal("0.5"),
					new BigDecimal("1"), "asiantuntija")))
			.onWorksite(UUID.randomUUID());

		assertThat(ProjectCardForm.of(card).card()).isEqualTo(card);
	}

	/**
	 * A field the person left as it was equals the version the form came from, whatever the browser added or left
	 * out, so a stale save's merge takes the other person's change to it instead of asking.
	 */
	@Test
	void readsWhatTheBrowserSendsAsTheCardWill() {
		var goal = UUID.randomUUID();
		var sent = new ProjectCardForm("  Sähköinen arkisto \n", null, null, AREA, null, null, null, null, null, null,
				null, null, null, new ImpactPart(ImpactState.DESCRIBED, "Lokit "), null, null,
				Arrays.asList(goal, null, goal), false, " Q1/2027", null, null, null, null, null, null, null, null, null,
				null, null);

		assertThat(sent.title()).isEqualTo("Sähköinen arkisto");
		assertThat(sent.goalIds()).containsExactly(goal);
		assertThat(sent.impactOrganisation()).isEqualTo(ImpactPart.notAssessed());
		assertThat(sent).isEqualTo(ProjectCardForm.of(sent.card()));
	}

	@Test
	void theLinesAreTheFormsOwnForTheAddAndRemoveButtons() {
		var form = ProjectCardForm.of(ProjectCard.blank(AREA));

		FormAction.of("addCost").changesLines(form);
		FormAction.of("addResource").changesLines(form);
		FormAction.of("addCost").changesLines(form);
		FormAction.of("removeCost:0").changesLines(form);

		assertThat(form.costs()).containsExactly(CostLine.blank());
		assertThat(form.resources()).containsExactly(ResourceLine.blank());
		assertThat(form.card().costs()).containsExactly(CostLine.blank());
	}

	private static List<String> names(Class<? extends Record> type) {
		return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
	}

}
