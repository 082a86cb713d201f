package fi.ohjaamo.demo;

import fi.ohjaamo.organisation.OrganisationKind;

/**
 * One generated organisation: its name and kind, how its people's usernames and e-mail addresses are made, how many
 * projects it gets, and the seed of its random choices. Every organisation has the city's service areas, goals and
 * people ({@link DatasetPlan}); they differ in name, size and the cards drawn for them.
 * @param accountsForAll whether everybody gets a local account, or only IT management (hashing a password takes a
 * tenth of a second, and nobody signs in as the other people of the national dataset's organisations)
 */
record DatasetOrganisation(String name, OrganisationKind kind, String usernamePrefix, String mailDomain, int projects,
		int revisions, long seed, boolean accountsForAll) {

	/** The city the benchmark signs in to, the same in a database of its own and in the national dataset. */
	static DatasetOrganisation city(DatasetProperties properties) {
		return new DatasetOrganisation(DatasetPlan.ORGANISATION, OrganisationKind.MUNICIPALITY, "",
				"suurkaupunki.example", properties.projects(), properties.revisions(), properties.seed(), true);
	}

	String username(DatasetPlan.PersonPlan person) {
		return usernamePrefix + person.username();
	}

	String email(DatasetPlan.PersonPlan person) {
		return username(person) + "@" + mailDomain;
	}

}
