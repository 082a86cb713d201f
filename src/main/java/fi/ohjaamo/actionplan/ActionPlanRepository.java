package fi.ohjaamo.actionplan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ActionPlanRepository extends Repository<ActionPlan, UUID> {

	List<ActionPlan> findByOrganisationIdOrderByFirstYearDescTitleAsc(UUID organisationId);

	List<ActionPlan> findByOrganisationIdAndStatusOrderByFirstYearDescTitleAsc(UUID organisationId, PlanStatus status);

	Optional<ActionPlan> findByIdAndOrganisationId(UUID id, UUID organisationId);

	/** Drafts copied from a plan about to be deleted keep their contents, not the link. */
	@Modifying(flushAutomatically = true)
	@Query("update ActionPlan p set p.copiedFrom = null where p.organisationId = ?1 and p.copiedFrom = ?2")
	void forgetCopiesOf(UUID organisationId, UUID planId);

	/** The plans any decision of whose approval chain a steering body took. */
	@Query("select count(distinct p) from ActionPlan p join p.approvals a where p.organisationId = ?1 and a.bodyId = ?2")
	long countApprovedBy(UUID organisationId, UUID bodyId);

	ActionPlan save(ActionPlan plan);

	ActionPlan saveAndFlush(ActionPlan plan);

	void delete(ActionPlan plan);

	void flush();

}
