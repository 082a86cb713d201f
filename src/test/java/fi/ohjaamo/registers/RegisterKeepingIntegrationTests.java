package fi.ohjaamo.registers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fi.ohjaamo.IntegrationTest;
import fi.ohjaamo.TestData;
import fi.ohjaamo.history.Subject;
import fi.ohjaamo.history.Versions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The register's services refuse by themselves, so that no page, import or job that forgets to ask can change the
 * register: only its keepers, IT management and administrators, write.
 */
@IntegrationTest
class RegisterKeepingIntegrationTests {

	@Autowired
	TestData data;

	@Autowired
	InformationSystems systems;

	@Autowired
	Vendors vendors;

	@Autowired
	Contracts contracts;

	@Autowired
	ProjectLinks links;

	@Autowired
	RegisterRemovals removals;

	@Autowired
	RegisterSettings settings;

	@Autowired
	Versions versions;

	@Test
	void theRegistersServicesRefuseEveryoneButThePortfoliosOwners() {
		var org = data.organisation();
		var vendor = vendors.add(org.id(), VendorDefinition.named("Kuntasofta Oy"));
		var system = systems.add(org.id(), SystemDefinition.named("Asianhallinta"));
		var other = systems.add(org.id(), SystemDefinition.named("Kuntatalous Pro"));
		var contract = contracts.add(org.id(), contractOf(vendor, "Ylläpito"));
		var project = data.project(org, "Asianhallinnan uusiminen");
		var integration = new Integration(other.getId(), Direction.OUTGOING, "Rajapinta");
		var cost = new YearCost(2025, BigDecimal.TEN, BigDecimal.ONE);
		var assessment = new Assessment(LocalDate.of(2025, 5, 1), 2, 2, Verdict.REPLACE, "");
		var limitsBefore = settings.limitsOf(org.id());
		for (var person : List.of(org.viewer(), org.projectManager(), org.areaEditor())) {
			var user = person.asUser();
			List<Runnable> writes = List.of(() -> systems.add(user, SystemDefinition.named("Kaapattu")),
					() -> systems.redefine(user, system.getId(), SystemDefinition.named("Kaapattu"), system.getVersion()),
					() -> systems.integrate(user, system.getId(), integration),
					() -> systems.integrate(user, system.getId(), integration, system.getVersion()),
					() -> systems.removeIntegration(user, system.getId(), other.getId(), system.getVersion()),
					() -> systems.cost(user, system.getId(), cost),
					() -> systems.cost(user, system.getId(), cost, system.getVersion()),
					() -> systems.assess(user, system.getId(), assessment, system.getVersion()),
					() -> vendors.add(user, VendorDefinition.named("Kaappari Oy")),
					() -> vendors.redefine(user, vendor.getId(), VendorDefinition.named("Kaappari Oy"),
							vendor.getVersion()),
					() -> contracts.add(user, contractOf(vendor, "Kaapattu")),
					() -> contracts.redefine(user, contract.getId(), contractOf(vendor, "Kaapattu"),
							contract.getVersion()),
					() -> links.link(user, system.getId(), project.getId(), Relation.REPLACES),
					() -> links.unlink(user, system.getId(), project.getId()),
					() -> removals.removeContract(user, contract.getId()),
					() -> removals.removeSystem(user, other.getId()),
					() -> removals.removeVendor(user, vendor.getId()),
					() -> settings.setLimits(user, 1, 1, null));
			for (var write : writes) {
				assertThatThrownBy(write::run).as(person.name()).isInstanceOf(AccessDeniedException.class);
			}
		}
		assertThat(systems.of(org.id())).extracting(InformationSystem::getName)
			.containsExactly("Asianhallinta", "Kuntatalous Pro");
		assertThat(versions.of(org.id(), new Subject(InformationSystems.SUBJECT_TYPE, system.getId()))).hasSize(1);
		assertThat(vendors.of(org.id())).extracting(Vendor::getName).containsExactly("Kuntasofta Oy");
		assertThat(contracts.of(org.id())).extracting(Contract::getSubject).containsExactly("Ylläpito");
		assertThat(links.ofSystem(org.id(), system.getId())).isEmpty();
		assertThat(settings.limitsOf(org.id())).isEqualTo(limitsBefore);

		var administrator = org.administrator().asUser();
		links.link(administrator, system.getId(), project.getId(), Relation.REPLACES);
		removals.removeContract(administrator, contract.getId());
		settings.setLimits(org.itManager().asUser(), 24, 60, null);
		assertThat(links.ofSystem(org.id(), system.getId())).hasSize(1);
		assertThat(contracts.of(org.id())).isEmpty();
		assertThat(settings.limitsOf(org.id()).supportMonths()).isEqualTo(24);
	}

	private static ContractDefinition contractOf(Vendor vendor, String subject) {
		return new ContractDefinition(vendor.getId(), subject, "", List.of(), null, LocalDate.of(2022, 1, 1), null,
				null, "", "", "");
	}

}
