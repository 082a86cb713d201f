package fi.ohjaamo.strategy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorksiteRepository extends JpaRepository<Worksite, UUID> {

	List<Worksite> findByThemeIdAndOrganisationIdOrderBySortOrderAsc(UUID themeId, UUID organisationId);

	List<Worksite> findByOrganisationIdOrderBySortOrderAsc(UUID organisationId);

	Optional<Worksite> findByIdAndOrganisationId(UUID id, UUID organisationId);

}
