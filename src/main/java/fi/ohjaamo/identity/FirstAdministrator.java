package fi.ohjaamo.identity;

import fi.ohjaamo.organisation.OrganisationKind;
import fi.ohjaamo.organisation.Organisations;
import fi.ohjaamo.organisation.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates the first organisation and its administrator on a deployment that has no accounts yet. */
@Service
class FirstAdministrator {

	private final Organisations organisations;

	private final LocalAccounts accounts;

	FirstAdministrator(Organisations organisations, LocalAccounts accounts) {
		this.organisations = organisations;
		this.accounts = accounts;
	}

	/** Does nothing once any account exists, so the set-up can never be used to take over a deployment. */
	@Transactional
	boolean create(String organisationName, OrganisationKind kind, String displayName, String username,
			String password) {
		if (accounts.anyExist()) {
			return false;
		}
		var organisation = organisations.create(organisationName, kind);
		var person = organisations.addPerson(displayName, null);
		organisations.grant(person.getId(), organisation.getId(), Role.ADMINISTRATOR, null);
		organisations.grant(person.getId(), organisation.getId(), Role.IT_MANAGEMENT, null);
		accounts.create(person.getId(), username, password);
		return true;
	}

}
