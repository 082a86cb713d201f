package fi.ohjaamo.identity;

import fi.ohjaamo.organisation.Organisations;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A brand-new deployment: no accounts, no default password. The set-up page creates the first
 * administrator once and then disappears. Runs on a database of its own, because it needs it empty.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:first-administrator;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstAdministratorIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	Organisations organisations;

	@Test
	@Order(1)
	void anEmptyDeploymentHasNoAccountAndSendsSignInToSetup() throws Exception {
		assertThat(accounts.anyExist()).isFalse();
		mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
		mvc.perform(get("/setup")).andExpect(status().isOk()).andExpect(content().string(
				org.hamcrest.Matchers.containsString("Ohjaamon käyttöönotto")));
	}

	@Test
	@Order(2)
	void rejectsAWeakOrMistypedPasswordNextToTheField() throws Exception {
		mvc.perform(post("/setup").with(csrf())
			.param("organisationName", "Uusikunta")
			.param("kind", "MUNICIPALITY")
			.param("displayName", "Outi Omistaja")
			.param("username", "outi")
			.param("password", "lyhyt")
			.param("passwordAgain", "lyhyt2"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("vähintään 12 merkkiä"),
					org.hamcrest.Matchers.containsString("Salasanat eivät täsmää"),
					org.hamcrest.Matchers.containsString("value=\"Uusikunta\""))));
		assertThat(accounts.anyExist()).isFalse();
	}

	@Test
	@Order(3)
	void createsTheFirstAdministratorOnceAndThenTheSetupIsGone() throws Exception {
		mvc.perform(post("/setup").with(csrf())
			.param("organisationName", "Uusikunta")
			.param("kind", "MUNICIPALITY")
			.param("displayName", "Outi Omistaja")
			.param("username", "outi")
			.param("password", "hyvin-pitkä-salasana")
			.param("passwordAgain", "hyvin-pitkä-salasana")).andExpect(redirectedUrl("/login?setup"));

		assertThat(accounts.authenticate("outi", "hyvin-pitkä-salasana")).isPresent();
		assertThat(organisations.count()).isEqualTo(1);
		mvc.perform(get("/setup")).andExpect(status().isNotFound());
		mvc.perform(post("/setup").with(csrf())
			.param("organisationName", "Toinen")
			.param("kind", "MUNICIPALITY")
			.param("displayName", "Toinen")
			.param("username", "toinen")
			.param("password", "hyvin-pitkä-salasana")
			.param("passwordAgain", "hyvin-pitkä-salasana")).andExpect(status().isNotFound());
		assertThat(accounts.authenticate("toinen", "hyvin-pitkä-salasana")).isEmpty();
	}

}
