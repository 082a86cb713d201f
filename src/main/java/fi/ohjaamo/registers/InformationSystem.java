package fi.ohjaamo.registers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A system in the organisation's register, with its integrations, yearly costs and lifecycle assessments. */
@Entity
@Table(name = "information_system")
public class InformationSystem {

	@Id
	private UUID id;

	private UUID organisationId;

	private String name;

	private String purpose;

	private @Nullable UUID serviceAreaId;

	private @Nullable UUID ownerUnitId;

	private String mainUser;

	private @Nullable UUID mainUserPersonId;

	private @Nullable UUID vendorId;

	private @Nullable Integer userCount;

	// The four answers below are null while not answered: SQL's own unknown. The getters say UNKNOWN instead.
	@Enumerated(EnumType.STRING)
	private @Nullable Criticality criticality;

	@Enumerated(EnumType.STRING)
	private @Nullable Hosting hosting;

	private @Nullable Boolean personalData;

	private boolean confidentialData;

	private String retentionNotes;

	private @Nullable Boolean useLogged;

	@Enumerated(EnumType.STRING)
	private Phase phase = Phase.IN_USE;

	private @Nullable LocalDate inUseSince;

	private @Nullable LocalDate productSupportEnds;

	private String platform;

	private @Nullable LocalDate platformSupportEnds;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "information_system_integration", joinColumns = @JoinColumn(name = "system_id"))
	@OrderColumn(name = "line_no")
	private List<Integration> integrations = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "information_system_cost", joinColumns = @JoinColumn(name = "system_id"))
	@OrderColumn(name = "line_no")
	private List<YearCost> costs = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "information_system_assessment", joinColumns = @JoinColumn(name = "system_id"))
	@OrderColumn(name = "line_no")
	private List<Assessment> assessments = new ArrayList<>();

	@Version
	private long version;

	/** The version at which the system's own fields last changed; see {@link #fieldsChangedSince(long)}. */
	private long definedAtVersion;

	protected InformationSystem() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.name = "";
		this.purpose = "";
		this.mainUser = "";
		this.retentionNotes = "";
		this.platform = "";
	}

	InformationSystem(UUID organisationId, SystemDefinition definition) {
		this();
		this.organisationId = organisationId;
		redefine(definition);
		// A new system is saved as version 0, and its fields with it.
		this.definedAtVersion = 0;
	}

	void redefine(SystemDefinition d) {
		// Saving writes the next version, whether or not any field differs: this redefinition is that version.
		this.definedAtVersion = version + 1;
		this.name = d.name();
		this.purpose = d.purpose();
		this.serviceAreaId = d.serviceAreaId();
		this.ownerUnitId = d.ownerUnitId();
		this.mainUser = d.mainUser();
		this.mainUserPersonId = d.mainUserPersonId();
		this.vendorId = d.vendorId();
		this.userCount = d.userCount();
		this.criticality = d.criticality() == Criticality.UNKNOWN ? null : d.criticality();
		this.hosting = d.hosting() == Hosting.UNKNOWN ? null : d.hosting();
		this.personalData = d.personalData().asBoolean();
		this.confidentialData = d.confidentialData();
		this.retentionNotes = d.retentionNotes();
		this.useLogged = d.useLogged().asBoolean();
		this.phase = d.phase();
		this.inUseSince = d.inUseSince();
		this.productSupportEnds = d.productSupportEnds();
		this.platform = d.platform();
		this.platformSupportEnds = d.platformSupportEnds();
	}

	public SystemDefinition definition() {
		return new SystemDefinition(name, purpose, serviceAreaId, ownerUnitId, mainUser, vendorId, userCount,
				getCriticality(), getHosting(), getPersonalData(), confidentialData, retentionNotes, getUseLogged(),
				phase, inUseSince, productSupportEnds, platform, platformSupportEnds, mainUserPersonId);
	}

	/**
	 * Whether the system's own fields were saved after the given version was read. Integrations, costs and
	 * assessments also make a new version, but a form of the system's fields opened before them is not stale.
	 */
	public boolean fieldsChangedSince(long seenVersion) {
		return definedAtVersion > seenVersion;
	}

	/** Records an integration; one to the same system replaces the earlier. */
	void integrate(Integration integration) {
		integrations.removeIf(i -> i.targetSystemId().equals(integration.targetSystemId()));
		integrations.add(integration);
	}

	void removeIntegration(UUID targetSystemId) {
		integrations.removeIf(i -> i.targetSystemId().equals(targetSystemId));
	}

	/** Records the costs of a year; the year's earlier figures are replaced. */
	void cost(YearCost cost) {
		costs.removeIf(c -> c.year() == cost.year());
		costs.add(cost);
		costs.sort(Comparator.comparingInt(YearCost::year));
	}

	void assess(Assessment assessment) {
		assessments.add(assessment);
	}

	/** The newest assessment, the one that says what is to be done now. */
	public Optional<Assessment> latestAssessment() {
		return assessments.stream().max(Comparator.comparing(Assessment::assessedOn));
	}

	/** The assessments newest first. */
	public List<Assessment> assessmentHistory() {
		return assessments.stream().sorted(Comparator.comparing(Assessment::assessedOn).reversed()).toList();
	}

	/** True when nobody owns the system or nobody, of the organisation or outside it, is named its main user. */
	public boolean lacksOwnerOrMainUser() {
		return ownerUnitId == null || lacksMainUser();
	}

	public boolean lacksMainUser() {
		return mainUserPersonId == null && mainUser.isBlank();
	}

	public @Nullable LocalDate supportEnds() {
		return definition().supportEnds();
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

	public String getPurpose() {
		return purpose;
	}

	public @Nullable UUID getServiceAreaId() {
		return serviceAreaId;
	}

	public @Nullable UUID getOwnerUnitId() {
		return ownerUnitId;
	}

	public String getMainUser() {
		return mainUser;
	}

	/** The organisation's person who is the main user, or null when the main user is named in text or not at all. */
	public @Nullable UUID getMainUserPersonId() {
		return mainUserPersonId;
	}

	public @Nullable UUID getVendorId() {
		return vendorId;
	}

	public @Nullable Integer getUserCount() {
		return userCount;
	}

	public Criticality getCriticality() {
		return criticality == null ? Criticality.UNKNOWN : criticality;
	}

	public Hosting getHosting() {
		return hosting == null ? Hosting.UNKNOWN : hosting;
	}

	public Answer getPersonalData() {
		return Answer.of(personalData);
	}

	public boolean isConfidentialData() {
		return confidentialData;
	}

	public String getRetentionNotes() {
		return retentionNotes;
	}

	public Answer getUseLogged() {
		return Answer.of(useLogged);
	}

	/** Whether any of criticality, hosting, personal data and use logging is still unanswered. */
	public boolean hasUnanswered() {
		return criticality == null || hosting == null || personalData == null || useLogged == null;
	}

	public Phase getPhase() {
		return phase;
	}

	public @Nullable LocalDate getInUseSince() {
		return inUseSince;
	}

	public @Nullable LocalDate getProductSupportEnds() {
		return productSupportEnds;
	}

	public String getPlatform() {
		return platform;
	}

	public @Nullable LocalDate getPlatformSupportEnds() {
		return platformSupportEnds;
	}

	public List<Integration> getIntegrations() {
		return List.copyOf(integrations);
	}

	public List<YearCost> getCosts() {
		return List.copyOf(costs);
	}

	public long getVersion() {
		return version;
	}

}
