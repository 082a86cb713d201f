package fi.ohjaamo.registers;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.PostedForm;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** Two keepers edit the same register record from the same version: the later save is merged, never lost. */
@IntegrationTest
class RegisterMergeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	InformationSystems systems;

	@Test
	void twoSavesOfASystemChangingDifferentFieldsBothSurvive() throws Exception {
		var org = data.organisation();
		var system = systems.add(org.id(), SystemDefinition.named("Intranet"));
		String edit = "/registers/systems/" + system.getId() + "/edit";
		String action = "/registers/systems/" + system.getId();
		var hers = PostedForm.read(mvc, edit, action, org.administrator().signedIn());
		var mine = PostedForm.read(mvc, edit, action, org.itManager().signedIn());

		hers.with("name", "Intranet Kantri").with("criticality", "HIGH").postSaving(mvc, org.administrator().signedIn());
		String page = mine.with("purpose", "Sisäinen tiedotus").postShowingPage(mvc, org.itManager().signedIn());

		assertThat(page).contains("Toisen tallennuksesta otettiin 2 kenttää; yksikään kenttä ei vaadi valintaasi.");
		var merged = PostedForm.on(page, action);
		assertThat(merged.value("name")).isEqualTo("Intranet Kantri");
		assertThat(systems.get(org.id(), system.getId()).getPurpose()).as("nothing saved on a stale base").isEmpty();

		merged.postSaving(mvc, org.itManager().signedIn());

		var saved = systems.get(org.id(), system.getId());
		assertThat(saved.getName()).isEqualTo("Intranet Kantri");
		assertThat(saved.getCriticality()).isEqualTo(Criticality.HIGH);
		assertThat(saved.getPurpose()).isEqualTo("Sisäinen tiedotus");
	}

	@Test
	void aSystemFieldBothChangedNeedsAChoiceAndTakesTheOneChosen() throws Exception {
		var org = data.organisation();
		var system = systems.add(org.id(), SystemDefinition.named("Palkat"));
		String edit = "/registers/systems/" + system.getId() + "/edit";
		String action = "/registers/systems/" + system.getId();
		var hers = PostedForm.read(mvc, edit, action, org.administrator().signedIn());
		var mine = PostedForm.read(mvc, edit, action, org.itManager().signedIn());

		hers.with("criticality", "HIGH").with("platform", "Linux").postSaving(mvc, org.administrator().signedIn());
		String page = mine.with("criticality", "LOW").with("purpose", "Palkanlaskenta")
			.postShowingPage(mvc, org.itManager().signedIn());

		assertThat(page).contains("yksi kenttä vaatii valintasi").contains("name=\"merge.choice.criticality\"");
		String unchosen = PostedForm.on(page, action).postShowingPage(mvc, org.itManager().signedIn());
		assertThat(unchosen).contains("Valitse, pidätkö oman arvosi vai otatko toisen tallentaman.");
		assertThat(systems.get(org.id(), system.getId()).getPurpose()).isEmpty();

		PostedForm.on(unchosen, action)
			.with("merge.choice.criticality", "theirs")
			.postSaving(mvc, org.itManager().signedIn());

		var saved = systems.get(org.id(), system.getId());
		assertThat(saved.getCriticality()).isEqualTo(Criticality.HIGH);
		assertThat(saved.getPlatform()).isEqualTo("Linux");
		assertThat(saved.getPurpose()).isEqualTo("Palkanlaskenta");
	}

}
