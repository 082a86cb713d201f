package fi.ohjaamo.portfolio.exchange;

import java.util.Locale;

import fi.ohjaamo.exchange.YesNo;
import fi.ohjaamo.portfolio.Category;
import fi.ohjaamo.portfolio.ImpactState;
import fi.ohjaamo.portfolio.Likelihood;
import fi.ohjaamo.portfolio.Obligation;
import fi.ohjaamo.portfolio.Priority;
import fi.ohjaamo.portfolio.ProjectKind;
import fi.ohjaamo.portfolio.ScheduleOwner;
import fi.ohjaamo.portfolio.Status;
import fi.ohjaamo.portfolio.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the portfolio spreadsheet in the card's order. The export and the template write them all; an
 * import reads those it finds by their heading in any language and leaves a card's other fields as they are.
 * {@code field} is the card field whose rule errors belong to the column.
 */
enum ExchangeColumn {

	ID("id", null, 38), REVISION("revision", null, 9), NUMBER("number", null, 10), TITLE("title", null, 40),
	CATEGORY("category", Category.class, 24), SERVICE_AREA("serviceAreaId", null, 24), UNIT("unitId", null, 24),
	OBLIGATION("obligation", Obligation.class, 14), KIND("kind", ProjectKind.class, 18),
	STATUS("status", Status.class, 14), VISIBILITY("visibility", Visibility.class, 12),
	PROJECT_MANAGER("projectManagerId", null, 22), DESCRIPTION("description", null, 60),
	IMPACT_SUMMARY("impactSummary", null, 50), IMPACT_ORGANISATION_STATE("impactOrganisation.state", ImpactState.class, 18),
	IMPACT_ORGANISATION_TEXT("impactOrganisation.text", null, 40),
	IMPACT_SECURITY_STATE("impactSecurity.state", ImpactState.class, 18),
	IMPACT_SECURITY_TEXT("impactSecurity.text", null, 40), IMPACT_DATA_STATE("impactData.state", ImpactState.class, 18),
	IMPACT_DATA_TEXT("impactData.text", null, 40),
	IMPACT_CASE_STATE("impactCaseManagement.state", ImpactState.class, 18),
	IMPACT_CASE_TEXT("impactCaseManagement.text", null, 40), GOALS("goalIds", null, 40),
	NO_STRATEGIC_GOAL("noStrategicGoal", YesNo.class, 12), SCHEDULE_START("scheduleStart", null, 10),
	SCHEDULE_END("scheduleEnd", null, 10), SCHEDULE_NOTE("scheduleNote", null, 30),
	LIKELIHOOD("likelihood", Likelihood.class, 24), LIKELIHOOD_NOTE("likelihoodNote", null, 30),
	PRIORITY("priority", Priority.class, 12), SCHEDULE_OWNER("scheduleOwner", ScheduleOwner.class, 18),
	WORKSITE("worksiteId", null, 24), COST_NOTE("costNote", null, 30), RESOURCE_NOTE("resourceNote", null, 30),
	UPDATED("updatedAt", null, 12);

	/** The card field this column writes; {@code id}, {@code revision} and {@code updatedAt} are not on the card. */
	final String field;

	/** The enum whose labels the column holds, offered as a list in the spreadsheet; null for free text. */
	final @Nullable Class<? extends Enum<?>> choices;

	/** Width in characters. */
	final int width;

	ExchangeColumn(String field, @Nullable Class<? extends Enum<?>> choices, int width) {
		this.field = field;
		this.choices = choices;
		this.width = width;
	}

	String messageKey() {
		return "exchange.column." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Only shown: the time of the last save is the application's, never an import's. */
	boolean readOnly() {
		return this == UPDATED;
	}

	/** Whether a rule error on this card field (such as "impactData.text") belongs to this column. */
	boolean holds(String errorField) {
		return errorField.equals(field) || errorField.startsWith(field + ".") || errorField.startsWith(field + "[");
	}

}
