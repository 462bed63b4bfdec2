package nl.naast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules talk only through each other's public API, with no cycles. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(NaastApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyCapabilityOfThisStageIsAModule() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString())).contains("shared", "identity", "audit",
				"access", "family", "team");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		assertThat(new java.io.File("target/spring-modulith-docs")).isDirectory();
	}

}
