package fi.ohjaamo.registers;

import java.util.List;

import fi.ohjaamo.search.SearchSource;
import fi.ohjaamo.search.TableSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The register's records as search finds them: systems by name and purpose, vendors and contracts likewise. */
@Configuration(proxyBeanMethods = false)
class RegisterSearchSources {

	@Bean
	SearchSource informationSystemSearch(JdbcClient jdbc) {
		return new TableSource(jdbc, "information-system", "information_system", "name",
				List.of("purpose", "main_user", "platform", "retention_notes"), "/registers/systems/");
	}

	@Bean
	SearchSource vendorSearch(JdbcClient jdbc) {
		return new TableSource(jdbc, "vendor", "register_vendor", "name", List.of("business_id", "contact"),
				"/registers/vendors/");
	}

	@Bean
	SearchSource contractSearch(JdbcClient jdbc) {
		return new TableSource(jdbc, "contract", "register_contract", "subject",
				List.of("other_parties", "options", "procurement_reference"), "/registers/contracts/");
	}

}
