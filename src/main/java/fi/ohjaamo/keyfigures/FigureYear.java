package fi.ohjaamo.keyfigures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** The key figures of one organisation for one year. */
@Entity
@Table(name = "key_figure_year")
public class FigureYear {

	@Id
	private UUID id;

	private UUID organisationId;

	private int figureYear;

	private @Nullable Long workstations;

	private @Nullable Long servers;

	private @Nullable Long applications;

	private @Nullable Long fixedLines;

	private @Nullable Long mobileLines;

	private @Nullable Long serviceRequests;

	private @Nullable BigDecimal firstLevelShare;

	private @Nullable BigDecimal itCosts;

	private @Nullable BigDecimal totalCosts;

	@Version
	private long version;

	protected FigureYear() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
	}

	FigureYear(UUID organisationId, FigureValues values) {
		this();
		this.organisationId = organisationId;
		restate(values);
	}

	void restate(FigureValues values) {
		this.figureYear = values.year();
		this.workstations = values.workstations();
		this.servers = values.servers();
		this.applications = values.applications();
		this.fixedLines = values.fixedLines();
		this.mobileLines = values.mobileLines();
		this.serviceRequests = values.serviceRequests();
		this.firstLevelShare = scaled(values.firstLevelShare());
		this.itCosts = scaled(values.itCosts());
		this.totalCosts = scaled(values.totalCosts());
	}

	public FigureValues values() {
		return new FigureValues(figureYear, workstations, servers, applications, fixedLines, mobileLines,
				serviceRequests, firstLevelShare, itCosts, totalCosts);
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public int getYear() {
		return figureYear;
	}

	public long getVersion() {
		return version;
	}

	private static @Nullable BigDecimal scaled(@Nullable BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
	}

}
