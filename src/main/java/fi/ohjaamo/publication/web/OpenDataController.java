package fi.ohjaamo.publication.web;

import java.time.Duration;
import java.util.UUID;

import fi.ohjaamo.publication.PublicFilter;
import fi.ohjaamo.publication.PublicProject;
import fi.ohjaamo.publication.PublishedProjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open-data API: an organisation's published projects as JSON or CSV under CC BY 4.0. Reading it is not audited
 * per request (it is public by definition); what is audited is a card becoming public, by the portfolio (ADR 0013).
 * Answers preset their content type instead of declaring {@code produces}, so that an unknown address is the same
 * plain 404 whatever the client accepts.
 */
@RestController
@Tag(name = "Published projects", description = "Projects an organisation has published, licensed CC BY 4.0")
class OpenDataController {

	private static final String BASE = "/api/public/v1/{slug}/projects";

	private final PublishedProjects published;

	OpenDataController(PublishedProjects published) {
		this.published = published;
	}

	@Operation(summary = "Published projects as JSON", description = "Filters are optional; unknown values are ignored.")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
			schema = @Schema(implementation = OpenDataResponse.class)))
	@GetMapping({ BASE, BASE + ".json" })
	ResponseEntity<OpenDataResponse> json(@Parameter(description = "The organisation's public address part",
			example = "kuusijarven-kaupunki") @PathVariable String slug,
			@Parameter(description = "INFRASTRUCTURE, CITY_WIDE or SERVICE_AREA") @RequestParam(required = false) @Nullable String category,
			@Parameter(description = "A status code, e.g. APPROVED") @RequestParam(required = false) @Nullable String status,
			@Parameter(description = "A service area's id") @RequestParam(required = false) @Nullable String serviceArea,
			@Parameter(description = "A year the project runs in") @RequestParam(required = false) @Nullable String year) {
		var portfolio = published.portfolio(slug, FilterParameters.of(category, status, serviceArea, year));
		return open().lastModified(portfolio.lastModified())
			.contentType(MediaType.APPLICATION_JSON)
			.body(OpenDataResponse.of(portfolio));
	}

	@Operation(summary = "Published projects as CSV", description = "UTF-8, RFC 4180, one row per project.")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@GetMapping(BASE + ".csv")
	ResponseEntity<String> csv(@PathVariable String slug, @RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String serviceArea,
			@RequestParam(required = false) @Nullable String year) {
		var portfolio = published.portfolio(slug, FilterParameters.of(category, status, serviceArea, year));
		return open().lastModified(portfolio.lastModified())
			.contentType(OpenDataCsv.MEDIA_TYPE)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + slug + "-projects.csv\"")
			.body(OpenDataCsv.of(portfolio.projects()));
	}

	@Operation(summary = "One published project as JSON")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
			schema = @Schema(implementation = PublicProject.class)))
	@GetMapping(BASE + "/{id}")
	ResponseEntity<PublicProject> project(@PathVariable String slug, @PathVariable UUID id) {
		var project = published.project(slug, id);
		return open().lastModified(project.updatedAt()).contentType(MediaType.APPLICATION_JSON).body(project);
	}

	/** Every answer names its licence and may be cached briefly; ETags come from the shallow ETag filter. */
	private static ResponseEntity.BodyBuilder open() {
		return ResponseEntity.ok()
			.header(HttpHeaders.LINK, OpenLicence.LINK_HEADER)
			.header("X-License", OpenLicence.NAME)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic());
	}

}
