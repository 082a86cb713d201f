package fi.ohjaamo.registers.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import fi.ohjaamo.registers.Contract;
import fi.ohjaamo.registers.ContractDefinition;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Adding or editing a contract; {@code version} is the version the person saw, null when adding. */
record ContractForm(@NotNull @Nullable UUID vendorId, @NotBlank @Size(max = 300) String subject,
		@Size(max = 500) String otherParties, @Nullable List<UUID> systemIds,
		@DecimalMin("0") @Nullable BigDecimal value,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endsOn,
		@PositiveOrZero @Max(120) @Nullable Integer noticeMonths, @Size(max = 2000) String options,
		@Size(max = 200) String procurementReference, @Size(max = 1000) String documentLink, @Nullable Long version) {

	ContractForm {
		subject = subject == null ? "" : subject.strip();
		otherParties = otherParties == null ? "" : otherParties.strip();
		systemIds = systemIds == null ? List.of() : systemIds.stream().filter(Objects::nonNull).distinct().toList();
		options = options == null ? "" : options.strip();
		procurementReference = procurementReference == null ? "" : procurementReference.strip();
		documentLink = documentLink == null ? "" : documentLink.strip();
	}

	static ContractForm blank() {
		return new ContractForm(null, "", "", List.of(), null, null, null, null, "", "", "", null);
	}

	static ContractForm of(Contract contract) {
		var d = contract.definition();
		return new ContractForm(d.vendorId(), d.subject(), d.otherParties(), d.systemIds(), d.value(), d.startsOn(),
				d.endsOn(), d.noticeMonths(), d.options(), d.procurementReference(), d.documentLink(),
				contract.getVersion());
	}

	/** Whether the form is complete enough to be checked against the register's rules. */
	boolean isComplete() {
		return vendorId != null && startsOn != null;
	}

	ContractDefinition definition() {
		return new ContractDefinition(Objects.requireNonNull(vendorId), subject, otherParties,
				systemIds == null ? List.of() : systemIds, value, Objects.requireNonNull(startsOn), endsOn, noticeMonths,
				options, procurementReference, documentLink);
	}

}
