package fi.ohjaamo.strategy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SpearheadThemeRepository extends JpaRepository<SpearheadTheme, UUID> {

	List<SpearheadTheme> findByProgrammeIdAndOrganisationIdOrderBySortOrderAsc(UUID programmeId, UUID organisationId);

	List<SpearheadTheme> findByOrganisationIdOrderBySortOrderAsc(UUID organisationId);

	Optional<SpearheadTheme> findByIdAndOrganisationId(UUID id, UUID organisationId);

}
