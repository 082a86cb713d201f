package fi.ohjaamo.strategy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface SwotAnalysisRepository extends Repository<SwotAnalysis, UUID> {

	List<SwotAnalysis> findByOrganisationIdOrderByAnalysedOnDescTitleAsc(UUID organisationId);

	Optional<SwotAnalysis> findByIdAndOrganisationId(UUID id, UUID organisationId);

	SwotAnalysis saveAndFlush(SwotAnalysis analysis);

}
