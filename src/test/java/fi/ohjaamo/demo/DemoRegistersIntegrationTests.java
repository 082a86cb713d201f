package fi.ohjaamo.demo;

import fi.ohjaamo.DemoTest;
import java.util.UUID;

import fi.ohjaamo.registers.Contracts;
import fi.ohjaamo.registers.InformationSystem;
import fi.ohjaamo.registers.InformationSystems;
import fi.ohjaamo.registers.ProjectLinks;
import fi.ohjaamo.registers.RegisterAlerts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo municipality has a register of about forty systems with integrations, costs, assessments, vendors and
 * contracts, linked to its projects; its home page warns of an old server platform with no project addressing it.
 */
@DemoTest
class DemoRegistersIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InformationSystems systems;

	@Autowired
	Contracts contracts;

	@Autowired
	ProjectLinks links;

	@Autowired
	RegisterAlerts alerts;

	@Autowired
	DemoRegisters demo;

	@Test
	void theMunicipalityHasARealisticRegisterLinkedToItsProjects() {
		UUID org = jdbc.sql("select id from organisation where name = :name").param("name", DemoData.MUNICIPALITY)
			.query(UUID.class).single();
		var register = systems.of(org);
		assertThat(register).hasSizeBetween(35, 45);
		assertThat(register).filteredOn(s -> s.getPlatform().startsWith("Windows Server 2012")).hasSizeGreaterThan(2);
		assertThat(register).filteredOn(s -> !s.getIntegrations().isEmpty()).hasSizeGreaterThan(10);
		assertThat(register).filteredOn(s -> !s.getCosts().isEmpty()).hasSizeGreaterThan(10);
		assertThat(register).filteredOn(s -> s.assessmentHistory().size() > 1).isNotEmpty();
		assertThat(contracts.of(org)).hasSizeGreaterThan(8);
		var flexi = named(org, "Flexi-Aika");
		assertThat(links.ofSystem(org, flexi.getId())).extracting(p -> p.title())
			.containsExactly("Työajanseurannan järjestelmän uusiminen");

		var now = alerts.of(org);
		assertThat(now.supportEnding()).extracting(RegisterAlerts.SupportEnding::name)
			.contains(DemoSystemList.PRINT_SERVER).doesNotContain("Flexi-Aika", "Kuntadiaari", "Persona 2000");
		assertThat(now.noticeDue()).extracting(RegisterAlerts.NoticeDue::subject)
			.contains("Puhelin- ja vaihdepalvelut");
		assertThat(now.withoutOwnerOrMainUser()).extracting(InformationSystem::getName).contains("Kulunvalvonta");
		assertThat(register).filteredOn(s -> s.getMainUserPersonId() != null).extracting(InformationSystem::getName)
			.as("main users who are the municipality's people").contains("Kuntaväylä", "Microsoft 365");
		assertThat(now.withoutOwnerOrMainUser()).extracting(InformationSystem::getName).doesNotContain("Kuntaväylä");

		demo.run(new DefaultApplicationArguments());
		assertThat(systems.of(org)).as("a second start adds nothing").hasSameSizeAs(register);
	}

	private InformationSystem named(UUID org, String name) {
		return systems.of(org).stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
	}

}
