package com.breakeven;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture of DESIGN.md, checked on the compiled classes of every module: the
 * math modules import no Spring, no JDBC and read no clock, and the arrows between
 * modules point only the way DESIGN.md draws them.
 */
class ArchitectureTests {

	private static final String TCO = "com.breakeven.tco..";

	private static final String SIMULATOR = "com.breakeven.simulator..";

	private static final String PRICING = "com.breakeven.pricing..";

	private static final String INGESTION = "com.breakeven.ingestion..";

	private static final String WEB = "com.breakeven.web..";

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("com.breakeven");
	}

	@Test
	void mathModules_importNoSpringNoJdbcNoPersistence() {
		noClasses().that()
			.resideInAnyPackage(TCO, SIMULATOR)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta.persistence..",
					"org.flywaydb..")
			.check(classes);
	}

	@Test
	void mathModules_neverReadTheClock() {
		noClasses().that()
			.resideInAnyPackage(TCO, SIMULATOR)
			.should()
			.callMethodWhere(target(name("now")).and(target(owner(JavaClass.Predicates.resideInAPackage("java.time")))))
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.orShould()
			.callMethod(System.class, "nanoTime")
			.check(classes);
	}

	@Test
	void tcoEngine_dependsOnNoOtherBreakevenModule() {
		noClasses().that()
			.resideInAPackage(TCO)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(SIMULATOR, PRICING, INGESTION, WEB, "com.breakeven.db..")
			.check(classes);
	}

	@Test
	void simulator_dependsOnlyOnTheTcoEngine() {
		// allowEmptyShould: the simulator has no classes yet; the rule bites as soon as
		// it has one.
		noClasses().that()
			.resideInAPackage(SIMULATOR)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(PRICING, INGESTION, WEB, "com.breakeven.db..")
			.allowEmptyShould(true)
			.check(classes);
	}

	@Test
	void pricingCatalogue_dependsOnNeitherIngestionNorWebNorTheMath() {
		noClasses().that()
			.resideInAPackage(PRICING)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(INGESTION, WEB, SIMULATOR, TCO)
			.check(classes);
	}

	@Test
	void ingestion_dependsOnNeitherWebNorTheSimulator() {
		noClasses().that()
			.resideInAPackage(INGESTION)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(WEB, SIMULATOR)
			.check(classes);
	}

	@Test
	void onlyTheWebModuleKnowsTheApplicationClass() {
		noClasses().that()
			.resideInAnyPackage(TCO, SIMULATOR, PRICING, INGESTION)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(BreakevenApplication.class)
			.check(classes);
	}

}
