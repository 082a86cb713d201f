package fi.ohjaamo.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.decisions.Analysis;
import fi.ohjaamo.decisions.DecisionRules;
import fi.ohjaamo.decisions.RuleCondition;
import fi.ohjaamo.decisions.RuleDefinition;
import fi.ohjaamo.steering.BodyDefinition;
import fi.ohjaamo.steering.BodyKind;
import fi.ohjaamo.steering.SteeringBodies;
import fi.ohjaamo.steering.SteeringBody;
import org.jspecify.annotations.Nullable;

/**
 * The demo municipality's bodies and decision matrix. Helsinki's rule (seed 002): projects whose total cost estimate
 * exceeds a million euros go to the city board's IT division. Kaarina's (seed 004): a total-cost analysis before
 * changes above a one-off or yearly cost limit; the seed lost the amounts, so the limits here are our own.
 */
record DemoDecisionRules(SteeringBodies bodies, DecisionRules rules, UUID organisationId) {

	record Bodies(SteeringBody steeringGroup, SteeringBody managementTeam, SteeringBody boardDivision) {
	}

	/** The people by name: Tiina and Aino of IT management, Sanna of education, Pekka a project manager, Ville a councillor. */
	Bodies addBodies(UUID tiina, UUID aino, UUID sanna, UUID pekka, UUID ville) {
		var group = bodies.add(organisationId, new BodyDefinition("IT-ohjausryhmä", BodyKind.IT_STEERING_GROUP,
				List.of(tiina, aino, sanna, pekka), tiina, aino, true));
		var team = bodies.add(organisationId, new BodyDefinition("Johtoryhmä", BodyKind.MANAGEMENT_TEAM,
				List.of(aino, tiina, sanna), aino, tiina, true));
		var division = bodies.add(organisationId, new BodyDefinition("Kaupunginhallituksen tietotekniikkajaosto",
				BodyKind.BOARD_DIVISION, List.of(ville, tiina, sanna), ville, tiina, true));
		return new Bodies(group, team, division);
	}

	void addRules(Bodies b) {
		add(1, "Yli miljoonan euron tietotekniikkahankkeet", RuleCondition.TOTAL_ABOVE, "1000000", 5,
				b.boardDivision(), Analysis.TCO, Analysis.IMPACT_ASSESSMENT);
		add(2, "Toimialarajat ylittävät hankkeet", RuleCondition.CROSS_SECTOR, null, null, b.managementTeam());
		add(3, "Kertainvestointi yli 50 000 euroa: kokonaistaloudellinen analyysi", RuleCondition.ONE_OFF_ABOVE,
				"50000", null, null, Analysis.TCO);
		add(4, "Vuosittaiset lisäkustannukset yli 20 000 euroa: kokonaistaloudellinen analyysi",
				RuleCondition.RECURRING_ABOVE, "20000", null, null, Analysis.TCO);
		add(5, "Henkilötietoja käsittelevät hankkeet: riskiarvio", RuleCondition.PERSONAL_DATA, null, null, null,
				Analysis.RISK_ASSESSMENT);
		add(6, "Muut hankkeet IT-ohjausryhmään", RuleCondition.ALWAYS, null, null, b.steeringGroup());
	}

	private void add(int position, String name, RuleCondition condition, @Nullable String limit,
			@Nullable Integer years, @Nullable SteeringBody body, Analysis... required) {
		rules.add(organisationId, new RuleDefinition(name, condition, limit == null ? null : new BigDecimal(limit),
				years, null, body == null ? null : body.getId(), Set.of(required)), position);
	}

}
