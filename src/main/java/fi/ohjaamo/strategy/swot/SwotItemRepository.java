package fi.ohjaamo.strategy.swot;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** An item is its organisation's through the analysis it belongs to. */
public interface SwotItemRepository extends Repository<SwotItem, UUID> {

	@Query("select i from SwotItem i where i.id = :id and i.analysisId in "
			+ "(select a.id from SwotAnalysis a where a.organisationId = :organisationId)")
	Optional<SwotItem> findByIdAndOrganisationId(UUID id, UUID organisationId);

	@Query("select i from SwotItem i where i.id in :ids and i.analysisId in "
			+ "(select a.id from SwotAnalysis a where a.organisationId = :organisationId)")
	List<SwotItem> findByIdInAndOrganisationId(Collection<UUID> ids, UUID organisationId);

	@Query("select i from SwotItem i where i.analysisId = :analysisId and i.analysisId in "
			+ "(select a.id from SwotAnalysis a where a.organisationId = :organisationId) order by i.sortOrder")
	List<SwotItem> findByAnalysisIdAndOrganisationIdOrderBySortOrderAsc(UUID analysisId, UUID organisationId);

	SwotItem saveAndFlush(SwotItem item);

	void delete(SwotItem item);

	void flush();

}
