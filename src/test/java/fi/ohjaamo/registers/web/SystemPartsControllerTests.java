package fi.ohjaamo.registers.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.ohjaamo.organisation.CurrentUser;
import fi.ohjaamo.organisation.Role;
import fi.ohjaamo.registers.InformationSystem;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.ProjectLinks;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A save that collides with another at the database (both read the same version, the other wrote first) is told
 * like any stale save: the page again, with what was typed, rather than an error page.
 */
class SystemPartsControllerTests {

	@Test
	void aCollisionAtTheDatabaseShowsThePageAgainWithTheTypedCosts() {
		var user = new CurrentUser(UUID.randomUUID(), "Tiina", UUID.randomUUID(), "Kuusijärvi",
				Set.of(Role.IT_MANAGEMENT), Set.of(), List.of());
		var systemId = UUID.randomUUID();
		var systems = mock(InformationSystems.class);
		var page = mock(SystemPage.class);
		when(systems.get(user.organisationId(), systemId)).thenReturn(mock(InformationSystem.class));
		doThrow(new ObjectOptimisticLockingFailureException(InformationSystem.class, systemId)).when(systems)
			.cost(eq(user), eq(systemId), any(), anyLong());
		var model = new ExtendedModelMap();
		when(page.show(user, systemId, model)).thenReturn("registers/system");
		var form = new PartForms.CostForm(2025, new BigDecimal("39500"), BigDecimal.ZERO);
		var result = new BeanPropertyBindingResult(form, "costForm");

		String view = new SystemPartsController(systems, mock(ProjectLinks.class), page).cost(user, systemId, 4L, form,
				result, model);

		assertThat(view).isEqualTo("registers/system");
		assertThat(result.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("registers.changedMeanwhile");
		assertThat(model.getAttribute("costForm")).isSameAs(form);
	}

}
