package fi.ohjaamo.actionplan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionPlanRepository extends JpaRepository<ActionPlan, UUID> {

	List<ActionPlan> findByOrganisationIdOrderByFirstYearDescTitleAsc(UUID organisationId);

	List<ActionPlan> findByOrganisationIdAndStatusOrderByFirstYearDescTitleAsc(UUID organisationId, PlanStatus status);

	Optional<ActionPlan> findByIdAndOrganisationId(UUID id, UUID organisationId);

	long countByOrganisationIdAndApprovalBodyId(UUID organisationId, UUID bodyId);

}
