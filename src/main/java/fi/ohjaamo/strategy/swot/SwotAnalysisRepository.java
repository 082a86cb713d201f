package fi.ohjaamo.strategy.swot;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

public interface SwotAnalysisRepository extends Repository<SwotAnalysis, UUID> {

	List<SwotAnalysis> findByOrganisationIdOrderByAnalysedOnDescTitleAsc(UUID organisationId);

	Optional<SwotAnalysis> findByIdAndOrganisationId(UUID id, UUID organisationId);

	SwotAnalysis saveAndFlush(SwotAnalysis analysis);

}
