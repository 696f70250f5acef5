package com.breakeven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every {@code @Scheduled} method of the application, today's and any added later (the
 * connector jobs), takes a cluster-wide lock: {@code @SchedulerLock} with its own name, a
 * {@code lockAtMostFor} and the shared {@link ScheduledJobLocks#AT_LEAST}, so two
 * instances never run it at once.
 */
class ScheduledJobLocksTests {

	private static final List<JavaMethod> SCHEDULED = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.breakeven")
		.stream()
		.flatMap(type -> type.getMethods().stream())
		.filter(method -> method.isAnnotatedWith(Scheduled.class))
		.toList();

	@Test
	void everyScheduledJob_takesALockOfItsOwn() {
		// report runs, price-feed refresh, FX refresh, alert check, alert deliveries
		assertThat(SCHEDULED).as("scheduled jobs found").hasSizeGreaterThanOrEqualTo(5);
		assertThat(SCHEDULED).allSatisfy(method -> {
			assertThat(method.isAnnotatedWith(SchedulerLock.class)).as(method.getFullName() + " has @SchedulerLock")
				.isTrue();
			SchedulerLock lock = method.getAnnotationOfType(SchedulerLock.class);
			assertThat(lock.name()).as(method.getFullName()).isNotBlank();
			assertThat(lock.lockAtLeastFor()).as(method.getFullName()).isEqualTo(ScheduledJobLocks.AT_LEAST);
			// a literal duration, read here: it must outlast a run, so never shorter than
			// a minute
			assertThat(Duration.parse(lock.lockAtMostFor())).as(method.getFullName())
				.isGreaterThanOrEqualTo(Duration.ofMinutes(1));
		});
		assertThat(SCHEDULED).extracting(method -> method.getAnnotationOfType(SchedulerLock.class).name())
			.doesNotHaveDuplicates();
	}

}
