package fi.ohjaamo.strategy.programmes;

import java.util.UUID;

import fi.ohjaamo.strategy.ProgrammeStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A programme (ohjelma), such as a digitalisation programme, that carries a strategy's goals out through its
 * spearhead themes and their worksites, on which projects sit.
 */
@Entity
@Table(name = "programme")
public class Programme {

	@Id
	private UUID id;

	private UUID organisationId;

	private String name;

	private int startYear;

	private int endYear;

	private String description;

	private @Nullable UUID strategyId;

	@Enumerated(EnumType.STRING)
	private ProgrammeStatus status;

	@Version
	private long version;

	protected Programme() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.name = "";
		this.description = "";
		this.status = ProgrammeStatus.DRAFT;
	}

	public Programme(UUID organisationId) {
		this();
		this.organisationId = organisationId;
	}

	public void describe(String name, int startYear, int endYear, String description, @Nullable UUID strategyId,
			ProgrammeStatus status) {
		this.name = name;
		this.startYear = startYear;
		this.endYear = endYear;
		this.description = description;
		this.strategyId = strategyId;
		this.status = status;
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public String getName() {
		return name;
	}

	public int getStartYear() {
		return startYear;
	}

	public int getEndYear() {
		return endYear;
	}

	public String getDescription() {
		return description;
	}

	public @Nullable UUID getStrategyId() {
		return strategyId;
	}

	public ProgrammeStatus getStatus() {
		return status;
	}

	public long getVersion() {
		return version;
	}

}
