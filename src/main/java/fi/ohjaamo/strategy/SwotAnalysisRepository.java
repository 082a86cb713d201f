package fi.ohjaamo.strategy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SwotAnalysisRepository extends JpaRepository<SwotAnalysis, UUID> {

	List<SwotAnalysis> findByOrganisationIdOrderByAnalysedOnDescTitleAsc(UUID organisationId);

	Optional<SwotAnalysis> findByIdAndOrganisationId(UUID id, UUID organisationId);

}
