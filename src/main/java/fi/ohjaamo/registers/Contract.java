package fi.ohjaamo.registers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A contract between the organisation and a vendor, covering some of the register's systems. */
@Entity
@Table(name = "register_contract")
public class Contract {

	@Id
	private UUID id;

	private UUID organisationId;

	private UUID vendorId;

	private String subject;

	private String otherParties;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "register_contract_system", joinColumns = @JoinColumn(name = "contract_id"))
	@OrderColumn(name = "line_no")
	@Column(name = "system_id")
	private List<UUID> systemIds = new ArrayList<>();

	@Column(name = "contract_value")
	private @Nullable BigDecimal value;

	private LocalDate startsOn;

	private @Nullable LocalDate endsOn;

	private @Nullable Integer noticeMonths;

	private String options;

	private String procurementReference;

	private String documentLink;

	@Version
	private long version;

	protected Contract() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.vendorId = new UUID(0, 0);
		this.subject = "";
		this.otherParties = "";
		this.startsOn = LocalDate.EPOCH;
		this.options = "";
		this.procurementReference = "";
		this.documentLink = "";
	}

	Contract(UUID organisationId, ContractDefinition definition) {
		this();
		this.organisationId = organisationId;
		redefine(definition);
	}

	void redefine(ContractDefinition d) {
		this.vendorId = d.vendorId();
		this.subject = d.subject();
		this.otherParties = d.otherParties();
		this.systemIds.clear();
		this.systemIds.addAll(d.systemIds());
		this.value = d.value();
		this.startsOn = d.startsOn();
		this.endsOn = d.endsOn();
		this.noticeMonths = d.noticeMonths();
		this.options = d.options();
		this.procurementReference = d.procurementReference();
		this.documentLink = d.documentLink();
	}

	public ContractDefinition definition() {
		return new ContractDefinition(vendorId, subject, otherParties, List.copyOf(systemIds), value, startsOn, endsOn,
				noticeMonths, options, procurementReference, documentLink);
	}

	public @Nullable LocalDate noticeDeadline() {
		return definition().noticeDeadline();
	}

	public boolean covers(UUID systemId) {
		return systemIds.contains(systemId);
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public UUID getVendorId() {
		return vendorId;
	}

	public String getSubject() {
		return subject;
	}

	public String getOtherParties() {
		return otherParties;
	}

	public List<UUID> getSystemIds() {
		return List.copyOf(systemIds);
	}

	public @Nullable BigDecimal getValue() {
		return value;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return endsOn;
	}

	public @Nullable Integer getNoticeMonths() {
		return noticeMonths;
	}

	public String getOptions() {
		return options;
	}

	public String getProcurementReference() {
		return procurementReference;
	}

	public String getDocumentLink() {
		return documentLink;
	}

	public long getVersion() {
		return version;
	}

}
