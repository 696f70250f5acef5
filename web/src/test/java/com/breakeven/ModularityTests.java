package com.breakeven;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Spring Modulith sees every module jar below the application class and finds no cycle
 * and no internal access.
 */
class ModularityTests {

	/*
	 * Production classes only: the test jars on this classpath (the database fixtures,
	 * the probe's streaming test server) may use any module's test fixtures.
	 */
	private static final ImportOption PRODUCTION_CLASSES = location -> !location.contains("/test-classes/")
			&& !location.contains("-tests.jar");

	/*
	 * The simulator is a plain library of pure functions whose packages by feature
	 * (projection, montecarlo, shift, claims) are all its API. It may not depend on
	 * Spring (Maven enforcer), so it cannot carry Modulith's named-interface annotation;
	 * using its sub-packages is allowed. Every other rule (cycles, other modules'
	 * internals) holds.
	 */
	private static final String SIMULATOR_API = "non-exposed type com.breakeven.simulator.";

	private final ApplicationModules modules = ApplicationModules.of(BreakevenApplication.class, PRODUCTION_CLASSES);

	@Test
	void modules_areDetectedAcrossTheModuleJars() {
		assertThat(this.modules.stream().map(module -> module.getBasePackage().getName()))
			.contains("com.breakeven.pricing", "com.breakeven.ingestion", "com.breakeven.web");
	}

	@Test
	void modules_haveNoCyclesAndUseOnlyEachOthersApi() {
		this.modules.detectViolations()
			.filter(violation -> !violation.hasMessageContaining(SIMULATOR_API))
			.throwIfPresent();
	}

}
