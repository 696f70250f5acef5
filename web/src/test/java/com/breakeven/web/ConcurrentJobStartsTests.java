package com.breakeven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.breakeven.BreakevenApplication;
import com.breakeven.db.testing.TestDatabase;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.PriceFeedImports;
import com.breakeven.pricing.feed.LiteLlmFeed;

/**
 * Jobs started at the same moment on PostgreSQL (as a scheduled refresh on one instance
 * and an upload or a report on another are) each start and end with their import run.
 * With Spring Batch's default SERIALIZABLE creation of job rows, about three launches in
 * ten failed here with "could not serialize access", and a scheduled job that failed so
 * was not tried again until its lock ran out.
 */
class ConcurrentJobStartsTests {

	private static final int LAUNCHES = 64;

	@TempDir
	Path directory;

	@Test
	void priceFeedImportsStartedTogether_allStartAndEndWithTheirRun() throws Exception {
		String missing = this.directory.resolve("no-such-feed.json").toString();
		try (TestDatabase database = TestDatabase.postgres();
				ConfigurableApplicationContext app = new SpringApplicationBuilder(BreakevenApplication.class).run(
						"--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
						"--spring.datasource.username=" + database.user(),
						"--spring.datasource.password=" + database.password(), "--breakeven.sample-data.enabled=false",
						"--breakeven.alerts.check-cron=-", "--breakeven.fx.refresh-cron=-")) {
			PriceFeedImports imports = app.getBean(PriceFeedImports.class);
			ExecutorService threads = Executors.newFixedThreadPool(8);
			try {
				List<Callable<ImportRun>> launches = new ArrayList<>();
				for (int i = 0; i < LAUNCHES; i++) {
					launches.add(() -> imports.run(LiteLlmFeed.CODE, missing, null, "concurrency test"));
				}
				List<ImportRun> runs = new ArrayList<>();
				for (Future<ImportRun> launch : threads.invokeAll(launches)) {
					// get() rethrows what the launch threw
					runs.add(launch.get());
				}
				assertThat(runs).hasSize(LAUNCHES)
					.allSatisfy(run -> assertThat(run.message()).as("each run says why it failed")
						.contains("no-such-feed.json"));
				assertThat(runs.stream().map(ImportRun::id).distinct()).hasSize(LAUNCHES);
				assertThat(JdbcClient.create(database.dataSource())
					.sql("SELECT COUNT(*) FROM import_run WHERE triggered_by = 'concurrency test'")
					.query(Long.class)
					.single()).isEqualTo(LAUNCHES);
			}
			finally {
				threads.shutdownNow();
			}
		}
	}

}
