package fi.ohjaamo.prioritisation.fundingcall;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A funding call of an organisation; its applications refer to it by id. */
@Entity
@Table(name = "funding_call")
public class FundingCall {

	@Id
	private UUID id;

	private UUID organisationId;

	private String name;

	private String description;

	private BigDecimal budget;

	private LocalDate opensOn;

	private LocalDate closesOn;

	@Enumerated(EnumType.STRING)
	private FundingCallStatus status;

	private @Nullable LocalDate decidedOn;

	private @Nullable UUID decisionBodyId;

	private @Nullable String decisionBody;

	private @Nullable String decisionSection;

	private @Nullable String decisionDiaryNumber;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "funding_call_criterion", joinColumns = @JoinColumn(name = "call_id"))
	private List<CallCriterion> criteria = new ArrayList<>();

	@Version
	private long version;

	protected FundingCall() {
		this.id = UUID.randomUUID();
		this.organisationId = new UUID(0, 0);
		this.name = "";
		this.description = "";
		this.budget = BigDecimal.ZERO;
		this.opensOn = LocalDate.EPOCH;
		this.closesOn = LocalDate.EPOCH;
		this.status = FundingCallStatus.DRAFT;
	}

	FundingCall(UUID organisationId, FundingCallDefinition definition) {
		this();
		this.organisationId = organisationId;
		redefine(definition);
	}

	void redefine(FundingCallDefinition definition) {
		this.name = definition.name();
		this.description = definition.description();
		this.budget = definition.budget();
		this.opensOn = definition.period().opensOn();
		this.closesOn = definition.period().closesOn();
		this.criteria.clear();
		this.criteria.addAll(definition.criteria());
	}

	void moveTo(FundingCallStatus target) {
		if (!canMoveTo(target)) {
			throw new IllegalStateException(status + " cannot become " + target);
		}
		this.status = target;
	}

	/** Draft → open → closed → decided; a closed call may be opened again, say for a late unit. */
	public boolean canMoveTo(FundingCallStatus target) {
		return switch (status) {
			case DRAFT -> target == FundingCallStatus.OPEN;
			case OPEN -> target == FundingCallStatus.CLOSED;
			case CLOSED -> target == FundingCallStatus.OPEN;
			case DECIDED -> false;
		};
	}

	void decided(FundingResult result) {
		if (status != FundingCallStatus.CLOSED) {
			throw new IllegalStateException("only a closed call is decided");
		}
		this.status = FundingCallStatus.DECIDED;
		this.decidedOn = result.decidedOn();
		this.decisionBodyId = result.bodyId();
		this.decisionBody = result.body();
		this.decisionSection = result.section();
		this.decisionDiaryNumber = result.diaryNumber();
	}

	/** The decision that recorded the results; none before the call is decided, nor for calls decided without it. */
	public @Nullable FundingResult result() {
		if (decidedOn == null || decisionBody == null) {
			return null;
		}
		return new FundingResult(decisionBodyId, decisionBody, decidedOn,
				decisionSection == null ? "" : decisionSection, decisionDiaryNumber == null ? "" : decisionDiaryNumber);
	}

	/** Closing before the last day of the period cuts short the time units were promised for applying. */
	public boolean closesEarly(LocalDate today) {
		return status == FundingCallStatus.OPEN && !today.isAfter(closesOn);
	}

	public boolean takesApplications() {
		return status == FundingCallStatus.OPEN;
	}

	/** Scores and the selection can change until the call is decided. */
	public boolean isScorable() {
		return status == FundingCallStatus.OPEN || status == FundingCallStatus.CLOSED;
	}

	public FundingCallDefinition definition() {
		return new FundingCallDefinition(name, description, budget, period(), List.copyOf(criteria));
	}

	public FundingPeriod period() {
		return new FundingPeriod(opensOn, closesOn);
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

	public String getDescription() {
		return description;
	}

	public BigDecimal getBudget() {
		return budget;
	}

	public LocalDate getOpensOn() {
		return opensOn;
	}

	public LocalDate getClosesOn() {
		return closesOn;
	}

	public FundingCallStatus getStatus() {
		return status;
	}

	public @Nullable LocalDate getDecidedOn() {
		return decidedOn;
	}

	public List<CallCriterion> getCriteria() {
		return List.copyOf(criteria);
	}

	public long getVersion() {
		return version;
	}

}
