package fi.ohjaamo.prioritisation.fundingcall;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundingApplicationRepository extends JpaRepository<FundingApplication, UUID> {

	List<FundingApplication> findByOrganisationIdAndCallIdOrderBySubmittedAt(UUID organisationId, UUID callId);

	Optional<FundingApplication> findByIdAndOrganisationIdAndCallId(UUID id, UUID organisationId, UUID callId);

	boolean existsByCallIdAndProjectId(UUID callId, UUID projectId);

	List<FundingApplication> findByOrganisationIdAndProjectIdAndGrantedIsNotNull(UUID organisationId, UUID projectId);

}
