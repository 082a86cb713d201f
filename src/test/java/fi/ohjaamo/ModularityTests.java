package fi.ohjaamo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules depend on each other only as declared, and the README's module map says so truthfully. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(OhjaamoApplication.class);

	@Test
	void modulesDependOnlyOnWhatTheyDeclare() {
		MODULES.verify();
	}

	@Test
	void readmeModuleMapShowsEveryActualDependency() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		var arrows = new TreeSet<String>();
		for (ApplicationModule module : MODULES) {
			module.getDirectDependencies(MODULES)
				.uniqueModules()
				.map(dependency -> "  " + module.getIdentifier() + " --> " + dependency.getIdentifier())
				.forEach(arrows::add);
		}
		assertThat(arrows).isNotEmpty();
		assertThat(readme).as("README.md module map (mermaid)").contains(arrows);
		for (ApplicationModule module : MODULES) {
			assertThat(readme).as("README.md names module " + module.getIdentifier())
				.contains("`" + module.getIdentifier() + "`");
		}
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
		assertThat(Path.of("target/spring-modulith-docs/all-docs.adoc").toFile().exists()
				|| Path.of("target/spring-modulith-docs/components.puml").toFile().exists()).isTrue();
	}

}
