package fi.ohjaamo.registers.exchange;

import java.time.LocalDate;
import java.util.UUID;

import fi.ohjaamo.registers.Answer;
import fi.ohjaamo.registers.Criticality;
import fi.ohjaamo.registers.Hosting;
import fi.ohjaamo.registers.Phase;
import fi.ohjaamo.registers.SystemDefinition;
import org.jspecify.annotations.Nullable;

/** A system's definition while a row's cells are laid over it, one field at a time. */
final class SystemDraft {

	String name;

	String purpose;

	@Nullable UUID serviceAreaId;

	@Nullable UUID ownerUnitId;

	String mainUser;

	@Nullable UUID vendorId;

	@Nullable Integer userCount;

	Criticality criticality;

	Hosting hosting;

	Answer personalData;

	boolean confidentialData;

	String retentionNotes;

	Answer useLogged;

	Phase phase;

	@Nullable LocalDate inUseSince;

	@Nullable LocalDate productSupportEnds;

	String platform;

	@Nullable LocalDate platformSupportEnds;

	@Nullable UUID mainUserPersonId;

	SystemDraft(SystemDefinition d) {
		name = d.name();
		purpose = d.purpose();
		serviceAreaId = d.serviceAreaId();
		ownerUnitId = d.ownerUnitId();
		mainUser = d.mainUser();
		vendorId = d.vendorId();
		userCount = d.userCount();
		criticality = d.criticality();
		hosting = d.hosting();
		personalData = d.personalData();
		confidentialData = d.confidentialData();
		retentionNotes = d.retentionNotes();
		useLogged = d.useLogged();
		phase = d.phase();
		inUseSince = d.inUseSince();
		productSupportEnds = d.productSupportEnds();
		platform = d.platform();
		platformSupportEnds = d.platformSupportEnds();
		mainUserPersonId = d.mainUserPersonId();
	}

	SystemDefinition definition() {
		return new SystemDefinition(name, purpose, serviceAreaId, ownerUnitId, mainUser, vendorId, userCount,
				criticality, hosting, personalData, confidentialData, retentionNotes, useLogged, phase, inUseSince,
				productSupportEnds, platform, platformSupportEnds, mainUserPersonId);
	}

	static SystemDefinition withVendor(SystemDefinition definition, UUID vendorId) {
		var draft = new SystemDraft(definition);
		draft.vendorId = vendorId;
		return draft.definition();
	}

	/** Whether the definition leaves the column's question unanswered; false for a column that is no question. */
	static boolean unanswered(SystemColumn column, SystemDefinition d) {
		return switch (column) {
			case CRITICALITY -> d.criticality() == Criticality.UNKNOWN;
			case HOSTING -> d.hosting() == Hosting.UNKNOWN;
			case PERSONAL_DATA -> d.personalData() == Answer.UNKNOWN;
			case USE_LOGGED -> d.useLogged() == Answer.UNKNOWN;
			default -> false;
		};
	}

	/** What the column holds in a definition, to tell which columns a row changes. */
	static @Nullable Object value(SystemColumn column, SystemDefinition d) {
		return switch (column) {
			case PURPOSE -> d.purpose();
			case NAME -> d.name();
			case VENDOR -> d.vendorId();
			case SERVICE_AREA -> d.serviceAreaId();
			case OWNER_UNIT -> d.ownerUnitId();
			case MAIN_USER -> d.mainUserPersonId() != null ? d.mainUserPersonId() : d.mainUser();
			case USER_COUNT -> d.userCount();
			case CRITICALITY -> d.criticality();
			case HOSTING -> d.hosting();
			case PERSONAL_DATA -> d.personalData();
			case CONFIDENTIAL_DATA -> d.confidentialData();
			case USE_LOGGED -> d.useLogged();
			case RETENTION_NOTES -> d.retentionNotes();
			case PHASE -> d.phase();
			case IN_USE_SINCE -> d.inUseSince();
			case PRODUCT_SUPPORT_ENDS -> d.productSupportEnds();
			case PLATFORM -> d.platform();
			case PLATFORM_SUPPORT_ENDS -> d.platformSupportEnds();
		};
	}

}
