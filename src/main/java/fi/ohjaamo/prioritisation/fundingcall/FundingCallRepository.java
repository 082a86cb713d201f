package fi.ohjaamo.prioritisation.fundingcall;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface FundingCallRepository extends Repository<FundingCall, UUID> {

	List<FundingCall> findByOrganisationIdOrderByOpensOnDesc(UUID organisationId);

	Optional<FundingCall> findByIdAndOrganisationId(UUID id, UUID organisationId);

	long countByOrganisationIdAndDecisionBodyId(UUID organisationId, UUID decisionBodyId);

	FundingCall save(FundingCall call);

	FundingCall saveAndFlush(FundingCall call);

}
