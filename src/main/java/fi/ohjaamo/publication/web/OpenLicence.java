package fi.ohjaamo.publication.web;

/** The licence every piece of open data is given out under, named in each response. */
final class OpenLicence {

	static final String NAME = "CC BY 4.0";

	static final String URL = "https://creativecommons.org/licenses/by/4.0/";

	/** A link header any client can read without parsing the body (RFC 8288's "license" relation). */
	static final String LINK_HEADER = "<" + URL + ">; rel=\"license\"";

	private OpenLicence() {
	}

}
