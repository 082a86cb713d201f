package fi.ohjaamo.prioritisation.fundingcall;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundingCallRepository extends JpaRepository<FundingCall, UUID> {

	List<FundingCall> findByOrganisationIdOrderByOpensOnDesc(UUID organisationId);

	Optional<FundingCall> findByIdAndOrganisationId(UUID id, UUID organisationId);

	long countByOrganisationIdAndDecisionBodyId(UUID organisationId, UUID decisionBodyId);

}
