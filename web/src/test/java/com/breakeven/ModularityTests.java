package com.breakeven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Spring Modulith sees every module jar below the application class and finds no cycle
 * and no internal access.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(BreakevenApplication.class);

	@Test
	void modules_areDetectedAcrossTheModuleJars() {
		assertThat(this.modules.stream().map(module -> module.getBasePackage().getName()))
			.contains("com.breakeven.pricing", "com.breakeven.ingestion", "com.breakeven.web");
	}

	@Test
	void modules_haveNoCyclesAndUseOnlyEachOthersApi() {
		this.modules.verify();
	}

}
