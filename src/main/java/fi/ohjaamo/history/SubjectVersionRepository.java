package fi.ohjaamo.history;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubjectVersionRepository extends JpaRepository<SubjectVersion, UUID> {

	List<SubjectVersion> findByOrganisationIdAndSubjectTypeAndSubjectIdOrderByNumberDesc(UUID organisationId,
			String subjectType, UUID subjectId);

	Optional<SubjectVersion> findFirstBySubjectTypeAndSubjectIdOrderByNumberDesc(String subjectType, UUID subjectId);

}
