package fi.ohjaamo.strategy;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SwotItemRepository extends JpaRepository<SwotItem, UUID> {

	List<SwotItem> findByAnalysisIdOrderBySortOrderAsc(UUID analysisId);

}
