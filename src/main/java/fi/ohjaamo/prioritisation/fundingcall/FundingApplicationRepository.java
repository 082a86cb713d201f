package fi.ohjaamo.prioritisation.fundingcall;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface FundingApplicationRepository extends Repository<FundingApplication, UUID> {

	List<FundingApplication> findByOrganisationIdAndCallIdOrderBySubmittedAt(UUID organisationId, UUID callId);

	Optional<FundingApplication> findByIdAndOrganisationIdAndCallId(UUID id, UUID organisationId, UUID callId);

	boolean existsByOrganisationIdAndCallIdAndProjectId(UUID organisationId, UUID callId, UUID projectId);

	List<FundingApplication> findByOrganisationIdAndProjectIdAndGrantedIsNotNull(UUID organisationId, UUID projectId);

	FundingApplication save(FundingApplication application);

	FundingApplication saveAndFlush(FundingApplication application);

	List<FundingApplication> saveAllAndFlush(Iterable<FundingApplication> applications);

}
