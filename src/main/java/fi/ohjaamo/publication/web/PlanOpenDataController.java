package fi.ohjaamo.publication.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import fi.ohjaamo.actionplan.PlanChapter;
import fi.ohjaamo.publication.PublishedPlans;
import fi.ohjaamo.publication.PublishedPlans.PublicPlanGroup;
import fi.ohjaamo.publication.PublishedPlans.PublicPlanSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Approved action plans as open data: the list and each plan with its approval as metadata, frozen at approval so a
 * published plan never changes (ADR 0014). Group headings come in the language asked for ({@code lang=fi|sv|en}).
 */
@RestController
@Tag(name = "Approved action plans", description = "Action plans an organisation has approved, licensed CC BY 4.0")
class PlanOpenDataController {

	private static final String BASE = "/api/public/v1/{slug}/plans";

	/** A CSV has no place for a count beside its rows, so the plan's CSV tells it in this header. */
	static final String NOT_PUBLISHED_HEADER = "X-Projects-Not-Published";

	private final PublishedPlans published;

	PlanOpenDataController(PublishedPlans published) {
		this.published = published;
	}

	@Schema(description = "An organisation's approved action plans, licensed CC BY 4.0")
	record PlanListResponse(String publisher, String slug, String licence, String licenceUrl, String attribution,
			int count, List<PublicPlanSummary> plans) {
	}

	@Schema(description = "An approved action plan as frozen at approval, licensed CC BY 4.0")
	record PlanResponse(String publisher, String slug, String licence, String licenceUrl, String attribution,
			@Schema(description = "The plan and its approval decision") PublicPlanSummary plan,
			@Schema(description = "The introduction's chapters, numbered first") List<PlanChapter> introduction,
			@Schema(description = "The numbered groups with the projects published in them; a group in which no "
					+ "project is published is left out") List<PublicPlanGroup> groups,
			@Schema(description = "How many of the plan's projects are not published because their cards are "
					+ "internal or ideas; nothing else of them is given") int projectsNotPublished) {
	}

	@Operation(summary = "Approved action plans as JSON", description = "Drafts are never published.")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
			schema = @Schema(implementation = PlanListResponse.class)))
	@GetMapping({ BASE, BASE + ".json" })
	ResponseEntity<PlanListResponse> plans(@Parameter(description = "The organisation's public address part",
			example = "kuusijarven-kaupunki") @PathVariable String slug) {
		var list = published.plans(slug, LocaleContextHolder.getLocale());
		var lastModified = list.plans().stream().map(PublicPlanSummary::frozenAt).max(Comparator.naturalOrder())
			.orElse(Instant.EPOCH);
		return open().lastModified(lastModified).contentType(MediaType.APPLICATION_JSON)
			.body(new PlanListResponse(list.organisationName(), slug, OpenLicence.NAME, OpenLicence.URL,
					attribution(list.organisationName()), list.plans().size(), list.plans()));
	}

	@Operation(summary = "One approved action plan as JSON",
			description = "Numbered as the plan was approved; only the projects whose cards were marked public and "
					+ "were not ideas at approval, each with only the published fields. The others are only counted "
					+ "(projectsNotPublished), so their numbers are missing from the sequence.")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
			schema = @Schema(implementation = PlanResponse.class)))
	@GetMapping(BASE + "/{id}")
	ResponseEntity<PlanResponse> plan(@PathVariable String slug, @PathVariable UUID id) {
		var plan = published.plan(slug, id, LocaleContextHolder.getLocale());
		return open().lastModified(plan.plan().frozenAt()).contentType(MediaType.APPLICATION_JSON)
			.body(new PlanResponse(plan.organisationName(), slug, OpenLicence.NAME, OpenLicence.URL,
					attribution(plan.organisationName()), plan.plan(), plan.introduction(), plan.groups(),
					plan.projectsNotPublished()));
	}

	@Operation(summary = "One approved action plan as CSV", description = "UTF-8, RFC 4180, one row per published "
			+ "project in the plan's order, with its number and group in the plan first. Projects whose cards are "
			+ "internal or ideas have no row; the header " + NOT_PUBLISHED_HEADER + " tells how many there are.")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
			headers = @Header(name = NOT_PUBLISHED_HEADER, description = "How many of the plan's projects are not "
					+ "published", schema = @Schema(type = "integer")))
	@GetMapping(BASE + "/{id}.csv")
	ResponseEntity<String> csv(@PathVariable String slug, @PathVariable UUID id) {
		var plan = published.plan(slug, id, LocaleContextHolder.getLocale());
		return open().lastModified(plan.plan().frozenAt())
			.contentType(OpenDataCsv.MEDIA_TYPE)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + slug + "-plan-" + id + ".csv\"")
			.header(NOT_PUBLISHED_HEADER, Integer.toString(plan.projectsNotPublished()))
			.body(OpenDataCsv.of(plan));
	}

	private static String attribution(String publisher) {
		return "Lähde: " + publisher + ", Ohjaamo, " + OpenLicence.NAME;
	}

	private static ResponseEntity.BodyBuilder open() {
		return ResponseEntity.ok()
			.header(HttpHeaders.LINK, OpenLicence.LINK_HEADER)
			.header("X-License", OpenLicence.NAME)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic());
	}

}
