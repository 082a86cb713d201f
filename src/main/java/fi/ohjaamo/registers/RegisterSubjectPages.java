package fi.ohjaamo.registers;

import java.util.UUID;

import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.SubjectPages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Lets the kept versions of systems, vendors and contracts link back to their pages. */
@Component
class RegisterSubjectPages implements SubjectPages {

	private final InformationSystemRepository systems;

	private final VendorRepository vendors;

	private final ContractRepository contracts;

	RegisterSubjectPages(InformationSystemRepository systems, VendorRepository vendors, ContractRepository contracts) {
		this.systems = systems;
		this.vendors = vendors;
		this.contracts = contracts;
	}

	@Override
	public @Nullable String pathOf(UUID organisationId, Subject subject) {
		return switch (subject.type()) {
			case InformationSystems.SUBJECT_TYPE -> systems.findByIdAndOrganisationId(subject.id(), organisationId)
				.map(s -> "/registers/systems/" + s.getId()).orElse(null);
			case Vendors.SUBJECT_TYPE -> vendors.findByIdAndOrganisationId(subject.id(), organisationId)
				.map(v -> "/registers/vendors/" + v.getId()).orElse(null);
			case Contracts.SUBJECT_TYPE -> contracts.findByIdAndOrganisationId(subject.id(), organisationId)
				.map(c -> "/registers/contracts/" + c.getId()).orElse(null);
			default -> null;
		};
	}

}
