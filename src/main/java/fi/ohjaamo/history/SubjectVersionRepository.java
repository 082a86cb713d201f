package fi.ohjaamo.history;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface SubjectVersionRepository extends Repository<SubjectVersion, UUID> {

	List<SubjectVersion> findByOrganisationIdAndSubjectTypeAndSubjectIdOrderByNumberDesc(UUID organisationId,
			String subjectType, UUID subjectId);

	Optional<SubjectVersion> findFirstByOrganisationIdAndSubjectTypeAndSubjectIdOrderByNumberDesc(UUID organisationId,
			String subjectType, UUID subjectId);

	SubjectVersion save(SubjectVersion version);

}
