package fi.ohjaamo.strategy;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.shared.NotFoundException;
import fi.ohjaamo.strategy.actions.ActionForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An action is given only to a unit or person of its own organisation, on adding and on every edit. */
@IntegrationTest
class ForeignResponsibleIntegrationTests {

	@Autowired
	TestData data;

	@Autowired
	Actions actions;

	@Test
	void anEditCannotGiveTheActionToAPersonOrUnitOfAnotherOrganisation() {
		var org = data.organisation();
		var theirs = data.organisation();
		var id = actions.add(org.id(), org.goalId(), "Oma toimenpide", ActionResponsible.unit(org.unitId()), "2026",
				ActionStatus.NOT_STARTED, "");
		var action = actions.get(org.id(), id);

		for (String foreign : new String[] { "person:" + theirs.viewer().id(), "unit:" + theirs.unitId() }) {
			var form = new ActionForm("Oma toimenpide", foreign, "", "2026", ActionStatus.NOT_STARTED, "", null);
			assertThatThrownBy(() -> actions.update(org.itManager().asUser(), id, form, action.getVersion()))
				.as(foreign).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> actions.add(org.itManager().asUser(), org.goalId(), form)).as(foreign)
				.isInstanceOf(NotFoundException.class);
		}
		assertThat(actions.get(org.id(), id).responsible()).isEqualTo(ActionResponsible.unit(org.unitId()));
		assertThat(actions.countOf(org.id())).isEqualTo(1);
	}

}
