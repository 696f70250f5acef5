package com.breakeven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.breakeven.BreakevenApplication;
import com.breakeven.db.testing.BothDatabasesTest;
import com.breakeven.ingestion.ImportProgress;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportStatus;
import com.breakeven.ingestion.UsageImports;

/**
 * The usage import job end to end through Spring Batch, on H2 and PostgreSQL: all of a
 * file or nothing, partitions replaced by later exports, repeated bytes a no-op.
 */
class UsageImportJobTests extends BothDatabasesTest {

	private static final String HEADER = "BilledCost,BillingAccountId,BillingCurrency,ChargeDescription,ChargePeriodStart,"
			+ "ConsumedQuantity,ConsumedUnit,EffectiveCost,ProviderName,ServiceCategory,ServiceName,SubAccountId\n";

	/**
	 * May 1 and 2 for sub-1: 1,000 K input tokens and 400 K output tokens on the 1st, 500
	 * K input on the 2nd.
	 */
	private static final String MAY_1_AND_2 = HEADER
			+ "2.50,acct-1,USD,gpt-4o-0513 Inp glbl Tokens,2025-05-01 00:00:00,1000,1K Tokens,2.50,Microsoft,"
			+ "AI and Machine Learning,Azure OpenAI,sub-1\n"
			+ "4.00,acct-1,USD,gpt-4o-0513 Outp glbl Tokens,2025-05-01 00:00:00,400,1K Tokens,4.00,Microsoft,"
			+ "AI and Machine Learning,Azure OpenAI,sub-1\n"
			+ "1.25,acct-1,USD,gpt-4o-0513 Inp glbl Tokens,2025-05-02 00:00:00,500,1K Tokens,1.25,Microsoft,"
			+ "AI and Machine Learning,Azure OpenAI,sub-1\n"
			+ "31.20,acct-1,USD,NC40ads H100 v5,2025-05-01 00:00:00,8,Hours,31.20,Microsoft,Compute,"
			+ "Virtual Machines,sub-1\n";

	/** A later export that restates May 2 (late-arriving usage) and adds May 3. */
	private static final String MAY_2_AND_3 = HEADER
			+ "2.00,acct-1,USD,gpt-4o-0513 Inp glbl Tokens,2025-05-02 00:00:00,800,1K Tokens,2.00,Microsoft,"
			+ "AI and Machine Learning,Azure OpenAI,sub-1\n"
			+ "0.75,acct-1,USD,gpt-4o-0513 Inp glbl Tokens,2025-05-03 00:00:00,300,1K Tokens,0.75,Microsoft,"
			+ "AI and Machine Learning,Azure OpenAI,sub-1\n";

	@TempDir
	Path directory;

	private ConfigurableApplicationContext context;

	private UsageImports imports;

	private JdbcClient jdbc;

	@BeforeEach
	void start() {
		this.context = new SpringApplicationBuilder(BreakevenApplication.class).run("--server.port=0",
				"--spring.main.web-application-type=none", "--breakeven.sample-data.enabled=false",
				"--spring.datasource.url=" + this.database.jdbcUrl(),
				"--spring.datasource.username=" + this.database.user(),
				"--spring.datasource.password=" + this.database.password());
		this.imports = this.context.getBean(UsageImports.class);
		this.jdbc = JdbcClient.create(this.database.dataSource());
	}

	@AfterEach
	void stop() {
		this.context.close();
	}

	@Test
	void run_storesTheAiRowsOfAFocusExportAsBilledUsage() throws IOException {
		ImportRun run = this.imports.run("focus", file("may-1-2.csv", MAY_1_AND_2), "test");

		assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(run.counts().read()).isEqualTo(4);
		// daily grain: May 1's input and output lines make one row, May 2's line another
		assertThat(run.counts().added()).isEqualTo(2);
		assertThat(run.message()).contains("3 AI lines stored as 2 daily rows")
			.contains("1 lines not AI usage")
			.contains("models not in the catalogue (kept with their raw name): gpt-4o-0513");
		assertThat(sum("input_tokens")).isEqualTo(1_500_000);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM usage_daily WHERE usage_kind = 'BILLED'")
			.query(Long.class)
			.single()).isEqualTo(2);
		// May 1: 1,000 K input + 400 K output; billed 2.50 + 4.00 = 6.50 USD from lines 2
		// and 3
		assertThat(this.jdbc
			.sql("SELECT input_tokens, output_tokens, billed_cost, currency, source_rows, source_line"
					+ " FROM usage_daily WHERE usage_date = DATE '2025-05-01'")
			.query((rs, row) -> rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getBigDecimal(3).stripTrailingZeros()
					+ " " + rs.getString(4) + " " + rs.getLong(5) + " " + rs.getLong(6))
			.single()).isEqualTo("1000000 400000 6.5 USD 2 2");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM usage_staging").query(Long.class).single()).isZero();
	}

	@Test
	void run_resumedAfterItsPublishBrokeCountsTheLinesItsFirstExecutionRead() throws IOException {
		// the publish step breaks on the database (its table gone for a moment) after
		// the file was read and staged: the same import run again publishes only, and
		// must still know the 4 lines it read (no "-3 lines not AI usage")
		this.jdbc.sql("ALTER TABLE usage_daily RENAME TO usage_daily_away").update();
		ImportRun broken = this.imports.run("focus", file("may-1-2.csv", MAY_1_AND_2), "test");
		this.jdbc.sql("ALTER TABLE usage_daily_away RENAME TO usage_daily").update();
		assertThat(broken.status()).isEqualTo(ImportStatus.FAILED);

		ImportRun resumed = this.imports.run("focus", file("may-1-2.csv", MAY_1_AND_2), "test");

		assertThat(resumed.id()).isEqualTo(broken.id());
		assertThat(resumed.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(resumed.counts().read()).isEqualTo(4);
		assertThat(resumed.message()).contains("3 AI lines stored as 2 daily rows").contains("1 lines not AI usage");
		assertThat(sum("input_tokens")).isEqualTo(1_500_000);
	}

	@Test
	void progress_followsTheRunsStagingStepWhileItRunsAndEndsWithIt() throws IOException {
		ImportRun run = this.imports.run("focus", file("may-1-2.csv", MAY_1_AND_2), "test");
		assertThat(this.imports.progress(run.id())).as("a finished run has no progress").isEmpty();

		// the same run seen as running: its staging step read the file's 4 lines (a
		// header and 4 records), its publish step ran last
		this.jdbc.sql("UPDATE import_run SET status = 'RUNNING' WHERE id = :id").param("id", run.id()).update();
		assertThat(this.imports.latestProgress()).hasValueSatisfying(progress -> {
			assertThat(progress.runId()).isEqualTo(run.id());
			assertThat(progress.linesDone()).isEqualTo(4);
			assertThat(progress.totalLines()).isEqualTo(4);
			assertThat(progress.phase()).isEqualTo(ImportProgress.Phase.PUBLISHING);
			assertThat(progress.describe()).isEqualTo("publishing: 4 of 4 lines (100 %)");
		});
	}

	@Test
	void run_aRequestExportedTwiceInOneSpendLogCountsOnce() throws IOException {
		String spendLog = "request_id,startTime,model,spend,prompt_tokens,completion_tokens,team_id\n"
				+ "req-1,2025-05-01T10:00:00Z,gpt-4o,0.010,1000,100,team-a\n"
				+ "req-2,2025-05-01T11:00:00Z,gpt-4o,0.020,2000,200,team-a\n"
				+ "req-1,2025-05-01T10:00:00Z,gpt-4o,0.010,1000,100,team-a\n";

		ImportRun run = this.imports.run("litellm-spend", file("spend.csv", spendLog), "test");

		// req-1 + req-2: 1,000 + 2,000 input tokens, 0.010 + 0.020 USD, 2 requests
		assertThat(run.message()).contains("2 AI lines stored as 1 daily rows")
			.contains("1 duplicate lines counted once");
		assertThat(this.jdbc.sql("SELECT input_tokens, requests, billed_cost FROM usage_daily")
			.query((rs, row) -> rs.getLong(1) + " " + rs.getLong(2) + " "
					+ rs.getBigDecimal(3).stripTrailingZeros().toPlainString())
			.single()).isEqualTo("3000 2 0.03");
	}

	@Test
	void run_theSameBytesTwiceChangeNothing() throws IOException {
		ImportRun first = this.imports.run("focus", file("may-1-2.csv", MAY_1_AND_2), "test");
		ImportRun again = this.imports.run("focus", file("copy-of-may-1-2.csv", MAY_1_AND_2), "test");

		assertThat(again.id()).isNotEqualTo(first.id());
		assertThat(again.message())
			.isEqualTo("the same bytes were imported by run " + first.id() + ": nothing changed");
		assertThat(count()).isEqualTo(2);
		assertThat(this.imports.run("focus", this.directory.resolve("may-1-2.csv"), "test").id()).isEqualTo(first.id());
	}

	@Test
	void run_aLaterOverlappingExportReplacesTheDaysItRestates() throws IOException {
		this.imports.run("focus", file("may-1-2.csv", MAY_1_AND_2), "test");

		ImportRun later = this.imports.run("focus", file("may-2-3.csv", MAY_2_AND_3), "test");

		// May 1 kept; May 2's 500 K replaced by 800 K; May 3 added: 1,000 K + 800 K + 300
		// K
		// input tokens, one daily row each
		assertThat(later.counts().changed()).isEqualTo(1);
		assertThat(count()).isEqualTo(3);
		assertThat(sum("input_tokens")).isEqualTo(2_100_000);
		assertThat(this.jdbc.sql("SELECT SUM(billed_cost) FROM usage_daily").query(java.math.BigDecimal.class).single())
			.isEqualByComparingTo("9.25");
	}

	@Test
	void run_withTooManyBadRowsFailsAndKeepsNothingOfTheFile() throws IOException {
		this.imports.run("focus", file("may-1-2.csv", MAY_1_AND_2), "test");
		String oneBadOfTwo = HEADER
				+ "two fifty,acct-1,USD,gpt-4o-0513 Inp glbl Tokens,2025-05-01 00:00:00,1,1K Tokens,,Microsoft,"
				+ "AI and Machine Learning,Azure OpenAI,sub-1\n"
				+ "9.99,acct-1,USD,gpt-4o-0513 Inp glbl Tokens,2025-05-01 00:00:00,9,1K Tokens,,Microsoft,"
				+ "AI and Machine Learning,Azure OpenAI,sub-1\n";

		ImportRun run = this.imports.run("focus", file("half-bad.csv", oneBadOfTwo), "test");

		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.message())
			.startsWith("1 of 2 AI rows refused (50.0 %, more than the 5.0 % allowed): nothing of ")
			.endsWith("first: half-bad.csv line 2, field 'BilledCost': is not a decimal number (value 'two fifty')");
		// May 1 still holds the first file's rows, untouched
		assertThat(count()).isEqualTo(2);
		assertThat(sum("input_tokens")).isEqualTo(1_500_000);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM usage_staging").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM quarantined_row WHERE import_run_id = ?")
			.param(run.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/**
	 * The staging step has no skip policy: a line the database refuses fails the job and
	 * its run, names the cause, publishes nothing and, once the cause is gone, the same
	 * import resumes and stores every line.
	 */
	@Test
	void run_aLineTheDatabaseRefusesFailsTheJobInsteadOfVanishing() throws IOException {
		this.imports.run("focus", file("may-1-2.csv", MAY_1_AND_2), "test");
		this.jdbc.sql("ALTER TABLE usage_staging ADD CONSTRAINT no_poison CHECK (account <> 'sub-poison')").update();
		Path export = file("with-poison.csv", HEADER
				+ "1.00,acct-1,USD,gpt-4o-0513 Inp glbl Tokens,2025-05-01 00:00:00,100,1K Tokens,1.00,Microsoft,"
				+ "AI and Machine Learning,Azure OpenAI,sub-2\n"
				+ "2.00,acct-1,USD,gpt-4o-0513 Inp glbl Tokens,2025-05-01 00:00:00,200,1K Tokens,2.00,Microsoft,"
				+ "AI and Machine Learning,Azure OpenAI,sub-poison\n");

		ImportRun failed = this.imports.run("focus", export, "test");

		assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(failed.message()).startsWith("stageUsage failed after 0 committed lines, nothing published: ")
			.contains("no_poison");
		assertThat(count()).isEqualTo(2);
		assertThat(sum("input_tokens")).isEqualTo(1_500_000);

		this.jdbc.sql("ALTER TABLE usage_staging DROP CONSTRAINT no_poison").update();
		ImportRun resumed = this.imports.run("focus", export, "test");

		// sub-2 and sub-poison each get their May 1 row beside sub-1's
		assertThat(resumed.id()).isEqualTo(failed.id());
		assertThat(resumed.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(count()).isEqualTo(4);
		assertThat(sum("input_tokens")).isEqualTo(1_500_000 + 300_000);
	}

	/**
	 * OpenAI usage saved as its cookbook saves it, a list of buckets (two of the buckets
	 * its notebook printed, openai/openai-cookbook examples/completions_usage_api.ipynb),
	 * gzip-compressed: audio tokens stored as their own classes on both databases (COPY
	 * on PostgreSQL, a batch on H2), text counts without them.
	 */
	@Test
	void run_storesOpenAiAudioTokensAsTheirOwnClassesFromAGzipListOfBuckets() throws IOException {
		String buckets = """
				[{"object": "bucket", "start_time": 1736726400, "end_time": 1736812800, "results": [{
				  "object": "organization.usage.completions.result", "input_tokens": 3718360, "output_tokens": 97756,
				  "num_model_requests": 3053, "project_id": null, "user_id": null, "api_key_id": null, "model": null,
				  "batch": null, "input_cached_tokens": 76544, "input_audio_tokens": 5776, "output_audio_tokens": 3166}]},
				 {"object": "bucket", "start_time": 1736812800, "end_time": 1736899200, "results": [{
				  "object": "organization.usage.completions.result", "input_tokens": 52786, "output_tokens": 38204,
				  "num_model_requests": 157, "project_id": null, "user_id": null, "api_key_id": null, "model": null,
				  "batch": null, "input_cached_tokens": 5440, "input_audio_tokens": 4066, "output_audio_tokens": 1097}]}]
				""";
		Path gz = this.directory.resolve("usage_data.json.gz");
		try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
			out.write(buckets.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}

		ImportRun run = this.imports.run("openai-usage", gz, "test");

		assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(sum("input_audio_tokens")).isEqualTo(5_776 + 4_066);
		assertThat(sum("output_audio_tokens")).isEqualTo(3_166 + 1_097);
		// 3,718,360 − 76,544 − 5,776 and 52,786 − 5,440 − 4,066: uncached text
		assertThat(sum("input_tokens")).isEqualTo(3_636_040 + 43_280);
		assertThat(sum("output_tokens")).isEqualTo(97_756 - 3_166 + 38_204 - 1_097);
	}

	private Path file(String name, String content) throws IOException {
		return Files.writeString(this.directory.resolve(name), content);
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM usage_daily").query(Long.class).single();
	}

	private long sum(String column) {
		return this.jdbc.sql("SELECT SUM(" + column + ") FROM usage_daily").query(Long.class).single();
	}

}
