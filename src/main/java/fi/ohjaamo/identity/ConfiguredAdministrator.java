package fi.ohjaamo.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the first administrator from configuration, for deployments that are set up without a browser. */
@Component
@Order(100)
class ConfiguredAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ConfiguredAdministrator.class);

	private final IdentityProperties properties;

	private final FirstAdministrator firstAdministrator;

	ConfiguredAdministrator(IdentityProperties properties, FirstAdministrator firstAdministrator) {
		this.properties = properties;
		this.firstAdministrator = firstAdministrator;
	}

	@Override
	public void run(ApplicationArguments args) {
		String username = properties.adminUsername();
		String password = properties.adminPassword();
		if (username == null || username.isBlank() || password == null || password.isBlank()) {
			return;
		}
		String organisation = properties.adminOrganisation();
		if (firstAdministrator.create(organisation == null || organisation.isBlank() ? username : organisation,
				fi.ohjaamo.organisation.OrganisationKind.MUNICIPALITY, username, username, password)) {
			log.info("Created the first administrator '{}' from configuration", username);
		}
	}

}
