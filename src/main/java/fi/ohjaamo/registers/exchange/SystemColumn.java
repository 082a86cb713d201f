package fi.ohjaamo.registers.exchange;

import java.util.Locale;

import fi.ohjaamo.exchange.YesNo;
import fi.ohjaamo.registers.Answer;
import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Hosting;
import fi.ohjaamo.registers.Phase;
import org.jspecify.annotations.Nullable;

/**
 * The columns of an application list, the first three as municipal IT strategies print it (function, system,
 * vendor), then the register's other fields. An import reads the columns it finds by their heading in any language
 * and leaves a system's other fields as they are; {@code field} is the system field whose rule errors belong here.
 */
enum SystemColumn {

	PURPOSE("purpose", Kind.TEXT, null, 36), NAME("name", Kind.TEXT, null, 32), VENDOR("vendorId", Kind.TEXT, null, 24),
	SERVICE_AREA("serviceAreaId", Kind.TEXT, null, 24), OWNER_UNIT("ownerUnitId", Kind.TEXT, null, 24),
	MAIN_USER("mainUser", Kind.TEXT, null, 28), USER_COUNT("userCount", Kind.WHOLE_NUMBER, null, 10),
	CRITICALITY("criticality", Kind.CHOICE, Criticality.class, 14), HOSTING("hosting", Kind.CHOICE, Hosting.class, 24),
	PERSONAL_DATA("personalData", Kind.CHOICE, Answer.class, 12),
	CONFIDENTIAL_DATA("confidentialData", Kind.CHOICE, YesNo.class, 12),
	USE_LOGGED("useLogged", Kind.CHOICE, Answer.class, 14),
	RETENTION_NOTES("retentionNotes", Kind.TEXT, null, 30), PHASE("phase", Kind.CHOICE, Phase.class, 16),
	IN_USE_SINCE("inUseSince", Kind.DATE, null, 12), PRODUCT_SUPPORT_ENDS("productSupportEnds", Kind.DATE, null, 12),
	PLATFORM("platform", Kind.TEXT, null, 24), PLATFORM_SUPPORT_ENDS("platformSupportEnds", Kind.DATE, null, 12);

	enum Kind {
		TEXT, WHOLE_NUMBER, CHOICE, DATE
	}

	final String field;

	final Kind kind;

	/** The enum whose labels the column holds, offered as a list in the spreadsheet; null for any other column. */
	final @Nullable Class<? extends Enum<?>> choices;

	/** Width in characters. */
	final int width;

	SystemColumn(String field, Kind kind, @Nullable Class<? extends Enum<?>> choices, int width) {
		this.field = field;
		this.kind = kind;
		this.choices = choices;
		this.width = width;
	}

	String messageKey() {
		return "exchange.system.column." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The register's own label of the field, also accepted as a heading: "Käyttötarkoitus" as well as "Toiminto". */
	String registerKey() {
		return "registers.system." + switch (this) {
			case VENDOR -> "vendor";
			case SERVICE_AREA -> "serviceArea";
			case OWNER_UNIT -> "ownerUnit";
			default -> field;
		};
	}

}
