package fi.ohjaamo.strategy;

import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.PostedForm;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stale save of a strategy, a strategic goal or an action is merged with the other one, and the merge names who
 * saved meanwhile, from the record's kept versions, as the other strategy forms do.
 */
@IntegrationTest
class StrategyMergeNamesTheSaverIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Strategies strategies;

	@Autowired
	Actions actions;

	@Test
	void aStrategysMergeNamesWhoSavedMeanwhile() throws Exception {
		var org = data.organisation();
		var strategy = strategies.create(org.id(), "Tietohallintostrategia", 2026, 2030, "", "", List.of());
		String at = "/strategy/strategies/" + strategy.getId();
		assertThat(staleSave(org, at + "/edit", at, "vision", "mission")).contains("Tallentaja: " + org.administrator().name() + ".");
	}

	@Test
	void aStrategicGoalsMergeNamesWhoSavedMeanwhile() throws Exception {
		var org = data.organisation();
		String at = "/strategy/goals/" + org.goalId();
		assertThat(staleSave(org, at + "/edit", at, "description", "successFactors"))
			.contains("Tallentaja: " + org.administrator().name() + ".");
	}

	@Test
	void anActionsMergeNamesWhoSavedMeanwhile() throws Exception {
		var org = data.organisation();
		var id = actions.add(org.id(), org.goalId(), "Sähköinen ajanvaraus", ActionResponsible.role("Tietohallinto"),
				"", ActionStatus.NOT_STARTED, "");
		String at = "/strategy/actions/" + id;
		assertThat(staleSave(org, at + "/edit", at, "description", "progressNote"))
			.contains("Tallentaja: " + org.administrator().name() + ".");
	}

	/** The administrator saves one field while the IT manager edits another on the page read before. */
	private String staleSave(TestData.Org org, String edit, String action, String theirField, String myField)
			throws Exception {
		var itManager = org.itManager().signedIn();
		var administrator = org.administrator().signedIn();
		var mine = PostedForm.read(mvc, edit, action, itManager);
		PostedForm.read(mvc, edit, action, administrator).with(theirField, "Toisen teksti").postSaving(mvc, administrator);
		String page = mine.with(myField, "Minun tekstini").postShowingPage(mvc, itManager);
		assertThat(page).as("the merged form keeps both saves").contains("Toisen teksti").contains("Minun tekstini");
		return page;
	}

}
