package fi.ohjaamo.decisions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import fi.ohjaamo.TestData;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.CostLine;
import fi.ohjaamo.portfolio.Project;
import fi.ohjaamo.portfolio.Projects;
import fi.ohjaamo.portfolio.Vat;
import fi.ohjaamo.steering.BodyDefinition;
import fi.ohjaamo.steering.BodyKind;
import fi.ohjaamo.steering.SteeringBodies;
import fi.ohjaamo.steering.SteeringBody;

/** Bodies, rules and costed projects for the decision tests, made through the modules' own APIs. */
record DecisionFixtures(TestData data, Projects projects, SteeringBodies bodies, DecisionRules rules) {

	/** The city board's IT division with the viewer as its chair and the area editor as preparer. */
	SteeringBody boardDivision(TestData.Org org) {
		return bodies.add(org.id(), new BodyDefinition("Tietotekniikkajaosto", BodyKind.BOARD_DIVISION,
				List.of(org.viewer().id(), org.areaEditor().id()), org.viewer().id(), org.areaEditor().id(), true));
	}

	/** Helsinki's rule: a total cost over a million in five years goes to the board's IT division. */
	DecisionRule overAMillion(TestData.Org org, SteeringBody body, Analysis... required) {
		return rules.add(org.id(), new RuleDefinition("Yli miljoona euroa", RuleCondition.TOTAL_ABOVE,
				new BigDecimal("1000000"), 5, null, body.getId(), Set.of(required)), 1);
	}

	/** A project with a one-off cost in the given range (an exact amount when max is null). */
	Project costing(TestData.Org org, String title, String min, String max) {
		var card = data.card(org, title).withCosts(List.of(new CostLine(CostKind.ONE_OFF, 2026, null,
				new BigDecimal(min), max == null ? null : new BigDecimal(max), false, Vat.EXCLUDED, "")));
		return projects.create(org.itManager().asUser(), card);
	}

}
