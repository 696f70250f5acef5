package com.breakeven.web.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.breakeven.BreakevenApplication;
import com.breakeven.db.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server killed during an upload leaves its run RUNNING, rows in staging and the file
 * in the temporary directory; the next start ends that run as failed with a reason the
 * imports page shows, deletes its staged rows and its file, and leaves alone the run of a
 * process still alive.
 */
class InterruptedUploadsTests {

	@Test
	void start_failsTheRunADeadServerLeftRunningAndCleansUpAfterIt() throws Exception {
		try (TestDatabase database = TestDatabase.h2()) {
			start(database).close();
			JdbcClient jdbc = JdbcClient.create(database.dataSource());
			long current = ProcessHandle.current().pid();
			Path killed = upload(Uploads.directoryPrefix().replace(current + "@", deadPid() + "@"));
			long killedRun = runningUsageImport(jdbc, killed);
			stage(jdbc, killedRun, 3);
			// the build tool that started this test is alive: its upload may still be
			// importing
			long parent = ProcessHandle.current().parent().orElseThrow().pid();
			Path alive = upload(Uploads.directoryPrefix().replace(current + "@", parent + "@"));
			long aliveRun = runningUsageImport(jdbc, alive);
			stage(jdbc, aliveRun, 2);
			try {
				start(database).close();

				assertThat(jdbc.sql("SELECT status, message FROM import_run WHERE id = ?")
					.param(killedRun)
					.query((rs, row) -> rs.getString(1) + ": " + rs.getString(2))
					.single()).isEqualTo("FAILED: the server stopped during this import; upload the file again");
				assertThat(staged(jdbc, killedRun)).isZero();
				assertThat(killed).doesNotExist();
				assertThat(killed.getParent()).doesNotExist();

				assertThat(jdbc.sql("SELECT status FROM import_run WHERE id = ?")
					.param(aliveRun)
					.query(String.class)
					.single()).isEqualTo("RUNNING");
				assertThat(staged(jdbc, aliveRun)).isEqualTo(2);
				assertThat(alive).exists();
			}
			finally {
				Uploads.delete(alive);
				Uploads.delete(killed);
			}
		}
	}

	@Test
	void interruptedUpload_onlyUploadsOfDeadProcessesOnThisMachine() throws Exception {
		long current = ProcessHandle.current().pid();
		String dead = Uploads.directoryPrefix().replace(current + "@", deadPid() + "@");
		assertThat(Uploads.interruptedUpload("/tmp/" + dead + "123/usage.csv"))
			.hasValue(Path.of("/tmp/" + dead + "123/usage.csv"));
		// this process's own uploads, another machine's, the command line's files
		assertThat(Uploads.interruptedUpload("/tmp/" + Uploads.directoryPrefix() + "123/usage.csv")).isEmpty();
		assertThat(Uploads.interruptedUpload("/tmp/breakeven-upload-" + deadPid() + "@elsewhere.example-123/u.csv"))
			.isEmpty();
		assertThat(Uploads.interruptedUpload("/data/exports/focus-2025-05.csv")).isEmpty();
		assertThat(Uploads.interruptedUpload("https://example.com/prices.json")).isEmpty();
	}

	private static ConfigurableApplicationContext start(TestDatabase database) {
		return new SpringApplicationBuilder(BreakevenApplication.class).run("--spring.main.web-application-type=none",
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), "--breakeven.pricing.refresh-cron=-");
	}

	private static Path upload(String directoryPrefix) throws Exception {
		Path directory = Files.createTempDirectory(directoryPrefix);
		return Files.writeString(directory.resolve("usage.csv"), "BilledCost,ChargePeriodStart\n1.00,2025-05-01\n");
	}

	/** The id of a process that has ended. */
	private static long deadPid() throws Exception {
		Process process = new ProcessBuilder("true").start();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return process.pid();
	}

	private static long runningUsageImport(JdbcClient jdbc, Path source) {
		jdbc.sql("""
				INSERT INTO import_run (kind, format, source, status, started_at, triggered_by)
				VALUES ('USAGE', 'FOCUS', ?, 'RUNNING', CURRENT_TIMESTAMP, 'web upload usage.csv')""")
			.param(source.toString())
			.update();
		return jdbc.sql("SELECT MAX(id) FROM import_run").query(Long.class).single();
	}

	private static void stage(JdbcClient jdbc, long runId, int rows) {
		for (int line = 2; line < 2 + rows; line++) {
			jdbc.sql("""
					INSERT INTO usage_staging (import_run_id, usage_date, raw_provider, raw_model, batch, usage_kind,
					    source_format, source_key, row_key, source_line)
					VALUES (?, DATE '2025-05-01', 'openai', 'gpt-4o', FALSE, 'USAGE', 'focus', 'usage.csv', ?, ?)""")
				.params(runId, "row-" + line, line)
				.update();
		}
	}

	private static long staged(JdbcClient jdbc, long runId) {
		return jdbc.sql("SELECT COUNT(*) FROM usage_staging WHERE import_run_id = ?")
			.param(runId)
			.query(Long.class)
			.single();
	}

}
