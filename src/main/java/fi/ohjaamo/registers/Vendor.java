package fi.ohjaamo.registers;

import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A company that supplies systems or services to the organisation. */
@Entity
@Table(name = "register_vendor")
public class Vendor {

	@Id
	private UUID id;

	private UUID organisationId;

	private String name;

	/** The name in lower case, for the database to keep names unique within the organisation whatever their case. */
	private String nameKey;

	private String businessId;

	private String contact;

	@Version
	private long version;

	protected Vendor() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.name = "";
		this.nameKey = "";
		this.businessId = "";
		this.contact = "";
	}

	Vendor(UUID organisationId, VendorDefinition definition) {
		this();
		this.organisationId = organisationId;
		redefine(definition);
	}

	void redefine(VendorDefinition definition) {
		this.name = definition.name();
		this.nameKey = keyOf(definition.name());
		this.businessId = definition.businessId();
		this.contact = definition.contact();
	}

	/** How names are compared: without surrounding spaces and case. */
	static String keyOf(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	public VendorDefinition definition() {
		return new VendorDefinition(name, businessId, contact);
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

	public String getBusinessId() {
		return businessId;
	}

	public String getContact() {
		return contact;
	}

	public long getVersion() {
		return version;
	}

}
