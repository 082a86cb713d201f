package fi.ohjaamo.registers;

import java.util.UUID;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static fi.ohjaamo.registers.RegisterPages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A vendor's name is the organisation's one name for it, whatever its case, however it is entered. */
@IntegrationTest
class VendorIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Vendors vendors;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theServiceRefusesANameAnotherVendorHasInAnyCase() {
		var org = data.organisation();
		vendors.add(org.id(), VendorDefinition.named("Puhelu Oy"));
		var other = vendors.add(org.id(), VendorDefinition.named("Numerus Oy"));

		assertThatThrownBy(() -> vendors.add(org.id(), VendorDefinition.named(" PUHELU OY ")))
			.isInstanceOf(VendorNameTakenException.class);
		var itManager = org.itManager().asUser();
		assertThatThrownBy(() -> vendors.redefine(itManager, other.getId(), VendorDefinition.named("puhelu oy"),
				other.getVersion())).isInstanceOf(VendorNameTakenException.class);
		assertThat(vendors.of(org.id())).extracting(Vendor::getName).containsExactly("Numerus Oy", "Puhelu Oy");
		assertThat(vendors.add(data.organisation().id(), VendorDefinition.named("Puhelu Oy")))
			.as("another organisation has its own vendors").isNotNull();
	}

	@Test
	void theDatabaseKeepsNamesUniqueWhateverTheirCase() {
		var org = data.organisation();
		vendors.add(org.id(), VendorDefinition.named("Puhelu Oy"));
		assertThatThrownBy(() -> jdbc.sql("""
				insert into register_vendor (id, organisation_id, name, name_key, business_id, contact, version)
				values (:id, :org, 'PUHELU OY', 'puhelu oy', '', '', 0)""")
			.param("id", UUID.randomUUID()).param("org", org.id()).update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aTakenNameIsToldNextToTheNameAndWhatWasTypedStays() throws Exception {
		var org = data.organisation();
		vendors.add(org.id(), VendorDefinition.named("Puhelu Oy"));
		String refused = page(mvc, post("/registers/vendors").with(csrf()).param("name", "puhelu OY")
			.param("businessId", "1234567-8").param("contact", "myynti@puhelu.example"), org.itManager());
		assertThat(refused).contains("id=\"name-error\"").contains("Luettelossa on jo tämänniminen toimittaja.")
			.contains("value=\"puhelu OY\"").contains("value=\"myynti@puhelu.example\"");
		assertThat(vendors.of(org.id())).hasSize(1);
	}

}
