package fi.ohjaamo.keyfigures;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface FigureYearRepository extends Repository<FigureYear, UUID> {

	List<FigureYear> findByOrganisationIdOrderByFigureYearAsc(UUID organisationId);

	Optional<FigureYear> findByIdAndOrganisationId(UUID id, UUID organisationId);

	Optional<FigureYear> findByOrganisationIdAndFigureYear(UUID organisationId, int figureYear);

	FigureYear saveAndFlush(FigureYear year);

	void delete(FigureYear year);

}
