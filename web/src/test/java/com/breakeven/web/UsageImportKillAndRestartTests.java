package com.breakeven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.breakeven.BreakevenApplication;
import com.breakeven.db.testing.TestDatabase;

/**
 * A usage import killed half-way with SIGKILL (a real separate JVM running the CLI) and
 * run again ends with exactly the rows of an uninterrupted import: none twice, none
 * missing.
 */
class UsageImportKillAndRestartTests {

	static final int AI_ROWS = 120_000;

	static final int COMPUTE_ROWS = 1_000;

	@TempDir
	Path directory;

	@ParameterizedTest(name = "on {0}")
	@EnumSource(TestDatabase.Kind.class)
	void killedImport_restartsFromItsLastCommittedChunk(TestDatabase.Kind kind) throws Exception {
		Path file = this.directory.resolve("focus-large.csv");
		long expectedInputTokens = writeExport(file);
		String url;
		String user;
		String password;
		TestDatabase postgres = null;
		if (kind == TestDatabase.Kind.H2) {
			url = "jdbc:h2:file:" + this.directory.resolve("db/breakeven") + ";" + TestDatabase.H2_POSTGRES_MODE
					+ ";AUTO_SERVER=TRUE";
			user = "sa";
			password = "";
		}
		else {
			postgres = TestDatabase.postgres();
			url = postgres.jdbcUrl();
			user = postgres.user();
			password = postgres.password();
		}
		try {
			List<String> command = command(file, url, user, password);

			Process first = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(this.directory.resolve("first.log").toFile())
				.start();
			// Watch the CLI's own progress lines, not the database: a second process on
			// the H2 file would race the
			// child for ownership of the AUTO_SERVER database.
			long stagedWhenKilled = waitForProgress(this.directory.resolve("first.log"), first, 5_000);
			first.destroyForcibly();
			assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

			assertThat(stagedWhenKilled).as("killed half-way, not after the import").isBetween(5_000L, AI_ROWS - 1L);
			if (kind == TestDatabase.Kind.H2) {
				// H2 refuses a lock file the dead process touched within the last seconds
				Thread.sleep(3_000);
			}
			Process second = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(this.directory.resolve("second.log").toFile())
				.start();
			assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
			String log = Files.readString(this.directory.resolve("second.log"));
			assertThat(second.exitValue()).as(log).isZero();
			if (kind == TestDatabase.Kind.H2) {
				// the CLI gave the new database a password of its own, kept beside it
				password = Files
					.readString(EmbeddedDatabaseProtection.passwordFile(this.directory.resolve("db/breakeven")))
					.strip();
			}
			JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, user, password));

			// every AI line counted once: 28 days x 17 subscriptions of daily rows that
			// sum
			// up exactly the file's lines and tokens
			assertThat(jdbc.sql("SELECT COUNT(*) FROM usage_daily").query(Long.class).single()).isEqualTo(28 * 17);
			assertThat(jdbc.sql("SELECT SUM(source_rows) FROM usage_daily").query(Long.class).single())
				.isEqualTo(AI_ROWS);
			assertThat(jdbc.sql("SELECT SUM(input_tokens) FROM usage_daily").query(Long.class).single())
				.isEqualTo(expectedInputTokens);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM usage_staging").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("SELECT status FROM import_run WHERE kind = 'USAGE'").query(String.class).list())
				.containsExactly("COMPLETED");
			// the resumed run counts the lines its first execution committed: every line
			// read once, the compute lines named as not AI usage
			assertThat(jdbc.sql("SELECT rows_read FROM import_run WHERE kind = 'USAGE'").query(Long.class).single())
				.isEqualTo(AI_ROWS + COMPUTE_ROWS);
			assertThat(jdbc.sql("SELECT message FROM import_run WHERE kind = 'USAGE'").query(String.class).single())
				.contains(COMPUTE_ROWS + " lines not AI usage");
			// and its progress, when it printed any, went on from there; H2 writes its
			// file with a delay, so a kill loses its last commits, PostgreSQL's are
			// durable
			if (kind == TestDatabase.Kind.POSTGRESQL) {
				firstProgress(log)
					.ifPresent(lines -> assertThat(lines).as(log).isGreaterThanOrEqualTo(stagedWhenKilled));
			}
		}
		finally {
			if (postgres != null) {
				postgres.close();
			}
		}
	}

	/** Writes an export with every AI line distinct; @return the input tokens it holds */
	static long writeExport(Path file) throws IOException {
		long inputTokens = 0;
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("BilledCost,BillingAccountId,BillingCurrency,ChargeDescription,ChargePeriodStart,"
					+ "ConsumedQuantity,ConsumedUnit,EffectiveCost,ProviderName,ServiceCategory,ServiceName,"
					+ "SubAccountId\n");
			for (int i = 0; i < AI_ROWS + COMPUTE_ROWS; i++) {
				int day = 1 + i % 28;
				if (i % 61 == 60 && i / 61 < COMPUTE_ROWS) {
					out.write("3.10,acct-1,USD,NC40ads H100 v5,2025-05-" + pad(day) + " 00:00:00,1,Hours,3.10,"
							+ "Microsoft,Compute,Virtual Machines,sub-1\n");
					continue;
				}
				int thousands = 1 + i % 97;
				inputTokens += thousands * 1000L;
				out.write("0.0025,acct-1,USD,gpt-4o-0513 Inp glbl Tokens,2025-05-" + pad(day) + " 00:00:00," + thousands
						+ ",1K Tokens,0.0025,Microsoft,AI and Machine Learning,Azure OpenAI,sub-" + (i % 17) + "\n");
			}
		}
		return inputTokens;
	}

	private static String pad(int day) {
		return (day < 10) ? "0" + day : String.valueOf(day);
	}

	private static List<String> command(Path file, String url, String user, String password) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(BreakevenApplication.class.getName());
		command.addAll(List.of("import", "usage", "--format", "focus", file.toString(),
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--spring.datasource.password=" + password, "--breakeven.usage.chunk-size=500"));
		return command;
	}

	private static final java.util.regex.Pattern PROGRESS = java.util.regex.Pattern
		.compile("^\\s+reading and staging: ([\\d,]+) of ");

	/** The lines done in the first progress line of a log, if it has one. */
	private static java.util.Optional<Long> firstProgress(String log) {
		return log.lines()
			.map(PROGRESS::matcher)
			.filter(java.util.regex.Matcher::find)
			.map(progress -> Long.parseLong(progress.group(1).replace(",", "")))
			.findFirst();
	}

	private static long waitForProgress(Path log, Process importing, long atLeast)
			throws InterruptedException, IOException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline && importing.isAlive()) {
			if (Files.exists(log)) {
				for (String line : Files.readAllLines(log)) {
					java.util.regex.Matcher progress = PROGRESS.matcher(line);
					if (progress.find() && Long.parseLong(progress.group(1).replace(",", "")) >= atLeast) {
						return Long.parseLong(progress.group(1).replace(",", ""));
					}
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the import never reported " + atLeast + " lines read (alive: " + importing.isAlive()
				+ "):\n" + (Files.exists(log) ? Files.readString(log) : "(no output)"));
	}

}
