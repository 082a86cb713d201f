package fi.ohjaamo.publication.web;

import java.util.List;

import fi.ohjaamo.publication.PublicProject;
import fi.ohjaamo.publication.PublishedProjects.PublicPortfolio;
import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON document of an organisation's published projects; the fields are described in docs/open-data.md. */
@Schema(description = "An organisation's published projects, licensed CC BY 4.0")
record OpenDataResponse(@Schema(description = "Publisher: the organisation's name") String publisher,
		@Schema(description = "The organisation's public address part") String slug,
		@Schema(description = "Licence name", example = OpenLicence.NAME) String licence,
		@Schema(description = "Licence text", example = OpenLicence.URL) String licenceUrl,
		@Schema(description = "How to credit the source when reusing the data") String attribution,
		@Schema(description = "Number of projects in this response") int count, List<PublicProject> projects) {

	static OpenDataResponse of(PublicPortfolio portfolio) {
		return new OpenDataResponse(portfolio.organisationName(), portfolio.slug(), OpenLicence.NAME, OpenLicence.URL,
				"Lähde: " + portfolio.organisationName() + ", Ohjaamo, " + OpenLicence.NAME, portfolio.projects().size(),
				portfolio.projects());
	}

}
