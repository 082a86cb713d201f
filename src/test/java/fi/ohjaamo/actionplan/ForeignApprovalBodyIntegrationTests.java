package fi.ohjaamo.actionplan;

import java.time.LocalDate;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.steering.BodyDefinition;
import fi.ohjaamo.steering.BodyKind;
import fi.ohjaamo.steering.SteeringBodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A plan is approved by one of its own organisation's bodies, whoever records the approval. */
@IntegrationTest
class ForeignApprovalBodyIntegrationTests {

	@Autowired
	TestData data;

	@Autowired
	ActionPlans plans;

	@Autowired
	SteeringBodies bodies;

	@Test
	void refusesABodyOfAnotherOrganisationAndLeavesThePlanADraft() {
		var org = data.organisation();
		var theirs = data.organisation();
		var theirBody = bodies.add(theirs.id(), new BodyDefinition("Heidän ohjausryhmänsä", BodyKind.IT_STEERING_GROUP,
				List.of(theirs.itManager().id()), null, null, true));
		var plan = plans.create(org.id(), new PlanHeading("Suunnitelma", "2026", 2026, 2026));

		assertThatThrownBy(() -> plans.approve(org.id(), plan.getId(), new Approval(theirBody.getId(),
				"Heidän ohjausryhmänsä", LocalDate.of(2026, 3, 10), "§ 12", null, null), plan.getVersion()))
			.isInstanceOf(NotFoundException.class);
		assertThat(plans.get(org.id(), plan.getId()).isApproved()).isFalse();
	}

}
