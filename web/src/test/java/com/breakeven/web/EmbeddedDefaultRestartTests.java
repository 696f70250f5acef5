package com.breakeven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default proper: an H2 file database with AUTO_SERVER, as
 * application.properties sets it up.
 */
class EmbeddedDefaultRestartTests {

	@TempDir
	Path directory;

	@Test
	void restart_onAnH2FileDatabaseKeepsOneCopyOfTheSampleData() {
		Map<String, Object> properties = Map.of("spring.datasource.url",
				"jdbc:h2:file:" + this.directory.resolve("breakeven")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE");

		long first = ApplicationRestartTests.startCountAndStop(properties, "model");
		long second = ApplicationRestartTests.startCountAndStop(properties, "model");

		// the curated models plus those the bundled feed snapshots add, once
		assertThat(first).isGreaterThan(SampleFiles.dataRows("models.csv"));
		assertThat(second).isEqualTo(first);
	}

}
