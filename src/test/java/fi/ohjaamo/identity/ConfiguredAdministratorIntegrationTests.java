package fi.ohjaamo.identity;

import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** A deployment set up without a browser: the first administrator comes from configuration, on an empty database. */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:configured-administrator;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
		"ohjaamo.identity.admin-username=paakayttaja", "ohjaamo.identity.admin-password=vahva-alkusalasana-2026",
		"ohjaamo.identity.admin-organisation=Esimerkkikunta" })
@ActiveProfiles("test")
class ConfiguredAdministratorIntegrationTests {

	@Autowired
	LocalAccounts accounts;

	@Autowired
	Organisations organisations;

	@Test
	void createsTheConfiguredAdministratorInTheConfiguredOrganisation() {
		var signedIn = accounts.authenticate("paakayttaja", "vahva-alkusalasana-2026").orElseThrow();
		var memberships = organisations.membershipsOf(signedIn.personId());
		assertThat(memberships).extracting(m -> m.getRole()).contains(Role.ADMINISTRATOR, Role.IT_MANAGEMENT);
		var organisation = organisations.find(memberships.getFirst().getOrganisationId()).orElseThrow();
		assertThat(organisation.getName()).isEqualTo("Esimerkkikunta");
		assertThat(organisations.count()).isEqualTo(1);
		assertThat(accounts.authenticate("paakayttaja", "väärä")).isEmpty();
	}

}
