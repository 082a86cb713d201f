package fi.ohjaamo.publication.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fi.ohjaamo.actionplan.GroupLevel;
import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.CostKind;
import fi.ohjaamo.portfolio.NotPublishedReason;
import fi.ohjaamo.portfolio.ProjectKind;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.portfolio.Vat;
import org.jspecify.annotations.Nullable;

/**
 * What the open data holds, for the public page that explains it in the reader's language: each structure of the JSON
 * with its fields, the CSV column beside a field that has one, and the codes. The names are the JSON's and the CSV's
 * own; what each means is in the message bundles, under {@code publication.fields.<structure>.<field>} (the fields
 * every document opens with under {@code publication.fields.common}). The developers' docs/open-data.md says the
 * same, and DataDescriptionIntegrationTests checks this list against real answers.
 */
final class OpenDataFields {

	/**
	 * A field of a structure: its JSON name (empty for a CSV column that the JSON has not), its CSV column or null,
	 * the key of its type's name and the key of what it means.
	 */
	record Field(String name, @Nullable String column, String typeKey, String meaningKey) {
	}

	/** A structure of the JSON (or a CSV of its own) as a table on the page, with the keys of its heading and text. */
	record Structure(String id, List<Field> fields) {

		public String headingKey() {
			return "publication.fields.structure." + id + ".heading";
		}

		public String introKey() {
			return "publication.fields.structure." + id + ".intro";
		}

		/** Whether the structure is of the JSON, rather than a CSV of its own whose fields are only columns. */
		public boolean hasNames() {
			return fields.stream().anyMatch(f -> !f.name().isEmpty());
		}

		public boolean hasColumns() {
			return fields.stream().anyMatch(f -> f.column() != null);
		}

	}

	/** The codes of one coded field, each named in the reader's language by the key prefix and the code. */
	record Codes(String field, List<String> codes, String labelPrefix) {

		public String labelKey(String code) {
			return labelPrefix + code;
		}

	}

	/** An address of the public pages or the open data, with the key of what it answers. */
	record Address(String path, String meaningKey) {
	}

	private static final String TEXT = "text";

	static final List<Address> ADDRESSES = List.of(address("/public", "organisations"),
			address("/public/{slug}", "portfolio"), address("/public/{slug}/projects/{id}", "project"),
			address("/api/public/v1/{slug}/projects.json", "projectsJson"),
			address("/api/public/v1/{slug}/projects.csv", "projectsCsv"),
			address("/api/public/v1/{slug}/projects/{id}", "projectJson"), address("/public/{slug}/plans", "plans"),
			address("/public/{slug}/plans/{id}", "plan"), address("/api/public/v1/{slug}/plans.json", "plansJson"),
			address("/api/public/v1/{slug}/plans/{id}", "planJson"),
			address("/api/public/v1/{slug}/plans/{id}.csv", "planCsv"), address("/v3/api-docs", "openApi"));

	static final List<Structure> STRUCTURES = List.of(
			structure("document", common(), field("document", "count", "number"), field("document", "projects", "list")),
			new Structure("project", List.of(project("id", "id", "uuid"), project("number", "number", TEXT),
					project("title", "title", TEXT), project("category", "category", "code"),
					project("serviceArea", "service_area", TEXT), project("unit", "unit", TEXT),
					project("kind", "kind", "code"), project("status", "status", "code"),
					project("description", "description", TEXT), project("impactSummary", "impact_summary", TEXT),
					project("scheduleStart", "schedule_start", TEXT), project("scheduleEnd", "schedule_end", TEXT),
					project("goals", "strategic_goals", "textList"), project("costs", "costs", "list"),
					project("updatedAt", "updated_at", "instant"), project("", "licence", TEXT))),
			new Structure("cost", List.of(field("cost", "kind", "code"), field("cost", "fromYear", "number"),
					field("cost", "toYear", "number"), field("cost", "amountMin", "number"),
					field("cost", "amountMax", "number"), field("cost", "amountUnknown", "boolean"),
					field("cost", "vat", "code"))),
			structure("planList", common(), field("planList", "count", "number"), field("planList", "plans", "list")),
			structure("plan", common(), field("plan", "plan", "object"), field("plan", "introduction", "list"),
					field("plan", "groups", "list"), field("plan", "projectsNotPublished", "number")),
			new Structure("planSummary", List.of(field("planSummary", "id", "uuid"), field("planSummary", "title", TEXT),
					field("planSummary", "period", TEXT), field("planSummary", "approvedBy", TEXT),
					field("planSummary", "approvedOn", "date"), field("planSummary", "section", TEXT),
					field("planSummary", "diaryNumber", TEXT), field("planSummary", "minutesLink", TEXT),
					field("planSummary", "frozenAt", "instant"), field("planSummary", "decisions", "list"))),
			new Structure("decision", List.of(field("decision", "body", TEXT), field("decision", "date", "date"),
					field("decision", "section", TEXT), field("decision", "appendix", TEXT),
					field("decision", "diaryNumber", TEXT), field("decision", "minutesLink", TEXT))),
			new Structure("chapter", List.of(field("chapter", "number", TEXT), field("chapter", "heading", TEXT),
					field("chapter", "text", TEXT))),
			new Structure("group", List.of(field("group", "number", TEXT), field("group", "level", "code"),
					field("group", "heading", TEXT), field("group", "projects", "list"),
					field("group", "subgroups", "list"))),
			new Structure("entry", List.of(field("entry", "number", TEXT), field("entry", "project", "object"))),
			new Structure("planCsv", List.of(column("planCsv", "plan_number"), column("planCsv", "plan_group"))));

	/** Ideas are never published, so the status codes are those a published project may have. */
	static final List<Codes> CODES = List.of(codes("category", Category.values(), "portfolio.category."),
			codes("kind", ProjectKind.values(), "portfolio.projectKind."),
			new Codes("status",
					Arrays.stream(Status.values()).filter(NotPublishedReason::mayPublish).map(Enum::name).toList(),
					"portfolio.status."),
			codes("costs[].kind", CostKind.values(), "portfolio.costKind."),
			codes("costs[].vat", Vat.values(), "portfolio.vat."),
			codes("groups[].level", GroupLevel.values(), "publication.fields.level."));

	private OpenDataFields() {
	}

	private static Structure structure(String id, List<Field> first, Field... rest) {
		var fields = new ArrayList<>(first);
		fields.addAll(List.of(rest));
		return new Structure(id, List.copyOf(fields));
	}

	/** The fields every open-data document opens with: who publishes it and under which licence. */
	private static List<Field> common() {
		return List.of(field("common", "publisher", TEXT), field("common", "slug", TEXT), field("common", "licence", TEXT),
				field("common", "licenceUrl", TEXT), field("common", "attribution", TEXT));
	}

	private static Field field(String structure, String name, String type) {
		return new Field(name, null, "publication.fields.type." + type, "publication.fields." + structure + "." + name);
	}

	private static Field project(String name, String column, String type) {
		String key = name.isEmpty() ? column : name;
		return new Field(name, column, "publication.fields.type." + type, "publication.fields.project." + key);
	}

	private static Field column(String structure, String column) {
		return new Field("", column, "publication.fields.type." + TEXT, "publication.fields." + structure + "." + column);
	}

	private static Address address(String path, String meaning) {
		return new Address(path, "publication.fields.address." + meaning);
	}

	private static Codes codes(String field, Enum<?>[] values, String labelPrefix) {
		return new Codes(field, Arrays.stream(values).map(Enum::name).toList(), labelPrefix);
	}

}
