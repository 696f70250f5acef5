package com.breakeven.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.breakeven.BreakevenApplication;
import com.breakeven.db.testing.TestDatabase;
import com.breakeven.ingestion.probe.StreamingTestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * The commands of the application jar against an embedded database holding the sample
 * data: throughput and quality imports, the probe, and the shift advice.
 */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineTests {

	/** A vLLM bench serve result (shape of vLLM 0.10's --save-result), one load level. */
	private static final String RESULT = """
			{"date": "20260523-101500", "backend": "vllm", "model_id": "Qwen/Qwen3-8B", "max_concurrency": 8,
			 "completed": 80, "failed": 0, "total_input_tokens": 81920, "total_output_tokens": 10240,
			 "request_throughput": 3.2, "output_throughput": 409.6, "total_token_throughput": 3686.4,
			 "median_ttft_ms": 85.0, "p99_ttft_ms": 240.0, "median_itl_ms": 17.5, "p99_itl_ms": 31.0,
			 "median_e2el_ms": 2300.0, "p99_e2el_ms": 2900.0}
			""";

	@TempDir
	Path directory;

	private String url;

	@BeforeEach
	void catalogue() {
		this.url = "jdbc:h2:file:" + this.directory.resolve("breakeven") + ";" + TestDatabase.H2_POSTGRES_MODE;
		// the first start of the application loads the sample catalogue (GPUs, hardware)
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BreakevenApplication.class).run(
				"--spring.main.web-application-type=none", "--spring.datasource.url=" + this.url,
				"--breakeven.pricing.refresh-cron=-")) {
			assertThat(context.isActive()).isTrue();
		}
	}

	@Test
	void importThroughput_namesEachMissingOptionAndExitsWithAUsageError() throws IOException {
		Path file = Files.writeString(this.directory.resolve("conc8.json"), RESULT);

		Result result = run("import", "throughput", "--tool", "vllm", file.toString(), "--gpu", "h100-sxm5-80gb");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.output()).contains("conc8.json: give --gpu-count")
			.contains("--precision")
			.contains("--engine-version");
	}

	@Test
	void importThroughput_storesTheMeasurementWithTheGivenHardware() throws IOException {
		Result result = importOnHgxH100("1", "FP8");

		assertThat(result.exitCode()).as(result.output()).isZero();
		// 81,920 / 80 = 1,024 input and 10,240 / 80 = 128 output tokens per request
		assertThat(result.output()).contains("COMPLETED: 1 measurements stored")
			.contains("serving, concurrency 8, 1024/128 tokens: 409.6 output tokens/s");
	}

	@Test
	void importThroughput_moreGpusThanTheNodeHasIsRefusedInOneLine() throws IOException {
		Result result = importOnHgxH100("1000000", "FP8");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.output()).isEqualTo("breakeven: " + this.directory.resolve("conc8.json")
				+ ": --gpu-count must be from 1 to the 8 GPUs of node hgx-h100-8x, was 1000000\n");
	}

	@Test
	void importThroughput_aPrecisionThatIsNoneIsRefusedWithThoseThereAre() throws IOException {
		Result result = importOnHgxH100("1", "FP3");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.output()).contains("precision must be one of FP16, BF16, FP8, INT8, INT4, FP4")
			.contains("was FP3")
			.hasLineCount(1);
	}

	/**
	 * The vLLM result, imported as run on the 8-GPU node hgx-h100-8x with vLLM 0.10.1.
	 */
	private Result importOnHgxH100(String gpuCount, String precision) throws IOException {
		Path file = Files.writeString(this.directory.resolve("conc8.json"), RESULT);
		return run("import", "throughput", "--tool", "vllm", file.toString(), "--hardware", "hgx-h100-8x",
				"--gpu-count", gpuCount, "--precision", precision, "--engine-version", "0.10.1");
	}

	@Test
	void probe_loadsTheServerLevelByLevelAndStoresAMeasurementPerLevel() throws IOException {
		try (StreamingTestServer server = new StreamingTestServer(Duration.ofMillis(50), Duration.ofMillis(10), 0)) {
			Result result = run("probe", "--endpoint", server.endpoint().toString(), "--model", "test-model",
					"--hardware", "pcie-h100-1x", "--gpu-count", "1", "--precision", "FP8", "--engine", "vLLM",
					"--engine-version", "0.10.1", "--concurrency", "1,2", "--input-tokens", "100", "--output-tokens",
					"5", "--duration", "1s");

			assertThat(result.exitCode()).as(result.output()).isZero();
			assertThat(result.output()).contains("calibrating prompts: 50 and 550 words counted")
				.contains("concurrency 1: ")
				.contains("concurrency 2: ")
				.contains("COMPLETED: 2 measurements stored")
				.contains("serving, concurrency 2, 100/5 tokens");
		}
	}

	@Test
	void probe_withoutTheEngineStopsBeforeSendingAnything() throws IOException {
		try (StreamingTestServer server = new StreamingTestServer(Duration.ofMillis(50), Duration.ofMillis(10), 0)) {
			Result result = run("probe", "--endpoint", server.endpoint().toString(), "--model", "test-model", "--gpu",
					"h100-sxm5-80gb", "--gpu-count", "1", "--precision", "FP8");

			assertThat(result.exitCode()).isEqualTo(2);
			assertThat(result.output()).contains("probe: give --engine").contains("--engine-version");
			assertThat(server.requests()).isZero();
		}
	}

	@Test
	void importQuality_storesTheScoresOfACsvOfOwnEvaluations() throws IOException {
		Path file = Files.writeString(this.directory.resolve("evals.csv"), """
				model,benchmark,score,scale_max,source
				openai/gpt-4o,internal-support-eval,91.5,100,our eval set 2026-11
				deepseek/deepseek-chat,internal-support-eval,88.0,100,our eval set 2026-11
				""");

		Result result = run("import", "quality", "--format", "csv", file.toString());

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output())
			.contains("COMPLETED: 2 quality scores stored: internal-support-eval 91.5;" + " internal-support-eval 88");
	}

	@Test
	void importQuality_aFileThatStoresNoScoreIsAFailureWithExitCode1() throws IOException {
		Path file = Files.writeString(this.directory.resolve("evals.csv"), "model,benchmark,score,scale_max,source\n");

		Result result = run("import", "quality", "--format", "csv", file.toString());

		assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
		assertThat(result.output()).contains("FAILED: no quality score stored: evals.csv has a header and no rows")
			.doesNotContain("COMPLETED");
	}

	@Test
	void importQuality_anLmArenaLeaderboardIsDatedByAsOfAndNamesTheKeysItCannotMap() throws IOException {
		// two ratings of the shipped leaderboard (lmarena/arena-catalog commit c9558b60)
		Path file = Files.writeString(this.directory.resolve("leaderboard-text.json"), """
				{"coding": {
				  "claude-opus-4-5-20251101-thinking-32k": {"rating": 1515.1020105121383,
				      "rating_q975": 1528.848978894912, "rating_q025": 1501.3550421293646},
				  "alpaca-13b": {"rating": 934.6869823866326, "rating_q975": 946.3159457958766,
				      "rating_q025": 923.0580189773887}}}
				""");

		Result result = run("import", "quality", "--format", "lmarena", file.toString(), "--as-of", "2025-12-11");

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output())
			.contains("COMPLETED: 1 LMArena ratings with their 95 % interval stored for 1"
					+ " catalogued models, in 1 categories")
			.contains("as of 2025-12-11;")
			.contains("1 of them rated in a setting")
			.contains("1 keys not stored, each a quarantined row with its reason: alpaca-13b");
	}

	@Test
	void advise_printsTheRankedMovesAndWritesTheLiteLlmRouting() throws IOException {
		Path routing = this.directory.resolve("routing.yaml");

		Result result = run("advise", "--from", "2026-07-01", "--to", "2026-10-31", "--benchmark", "MMLU (0-shot CoT)",
				"--floor", "80", "--hardware", "hgx-h100-8x", "--hosting", "colo-virginia", "--restricted", "contracts",
				"--routing", routing.toString());

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output())
			// the moves in the words of the recommendations page, the report and alerts
			.contains("1. move contracts from Claude Sonnet 4.5 to Llama 3.3 70B Instruct on your own hgx-h100-8x:"
					+ " required, costs ")
			.contains("move helpdesk from GPT-4o at OpenAI to Llama 3.3 70B Instruct at OpenRouter: saves ")
			.contains("LiteLLM router configuration written to " + routing);
		String yaml = Files.readString(routing);
		LiteLlmConfigs.assertLoadable(yaml);
		assertThat(yaml).contains("model: openai/meta-llama/llama-3.3-70b-instruct")
			.contains("usage of 2026-07-01 to 2026-10-31");
	}

	@Test
	void advise_withoutAHostingProfileExplainsTheCommand() {
		// benchmark, category and floor are optional (the adequacy rule's defaults); the
		// node and its hosting are not
		Result result = run("advise", "--from", "2026-07-01", "--to", "2026-10-31", "--benchmark", "MMLU", "--hardware",
				"hgx-h100-8x");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.output()).startsWith("usage: java -jar breakeven.jar advise");
	}

	@Test
	void importUsage_aDirectoryIsRefusedInOneLine() {
		Result result = run("import", "usage", "--format", "focus", this.directory.toString());

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.output())
			.isEqualTo("breakeven: " + this.directory + " is a directory: give the file in it to import\n");
	}

	@Test
	void importUsage_aFailedImportPrintsOneLineNamingFileAndRowWithoutAStackTrace(CapturedOutput console)
			throws IOException {
		Path file = Files.writeString(this.directory.resolve("no-day.csv"), "Date,Model,In\n2026-01-01,gpt-4o,10\n");

		Result result = run("import", "usage", "--format", "generic", file.toString(), "--map",
				"date=Day,model=Model,input_tokens=In");

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.output()).startsWith("import run ")
			.contains("FAILED")
			.contains("no-day.csv line 1")
			.contains("'Day'")
			.hasLineCount(1);
		// Spring Batch's error log of the step, with its trace, no longer reaches the
		// console
		assertThat(console.getAll()).doesNotContain("\tat ").doesNotContain("Encountered an error executing step");
	}

	@Test
	void importUsage_anUnknownConstantIsAnsweredWithTheValuesAllowed() throws IOException {
		Result result = importWithUnknownKind();

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.output()).contains("kind=:FOO")
			.contains("USAGE, ESTIMATE or BILLED")
			.doesNotContain("No enum constant")
			.hasLineCount(1);
	}

	@Test
	void importUsage_verbosePrintsTheChainOfCauses() throws IOException {
		Result result = importWithUnknownKind("--verbose");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.output()).contains("USAGE, ESTIMATE or BILLED")
			.contains("  caused by java.lang.IllegalArgumentException: ");
	}

	/**
	 * The exports' own containers through the command: a generic CSV gzip-compressed, the
	 * same rows as Parquet (written here by DuckDB), and OpenAI usage saved as the
	 * cookbook saves it, a list of buckets (start_time 1736640000 = 2025-01-12).
	 */
	@Test
	void importUsage_readsGzipParquetAndAListOfOpenAiBuckets() throws Exception {
		String csv = "Day,Model,In\n2026-01-01,gpt-4o,10\n2026-01-02,gpt-4o,20\n";
		Path gz = this.directory.resolve("usage.csv.gz");
		try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
			out.write(csv.getBytes(StandardCharsets.UTF_8));
		}
		Path parquet = this.directory.resolve("usage.parquet");
		try (java.sql.Connection duckdb = java.sql.DriverManager.getConnection("jdbc:duckdb:");
				java.sql.Statement statement = duckdb.createStatement()) {
			statement.execute("COPY (SELECT * FROM read_csv('" + gz + "')) TO '" + parquet + "' (FORMAT parquet)");
		}
		Path buckets = Files.writeString(this.directory.resolve("usage_data.json"),
				"[{\"object\": \"bucket\", \"start_time\": 1736640000, \"end_time\": 1736726400, \"results\": [{"
						+ "\"object\": \"organization.usage.completions.result\", \"input_tokens\": 45949,"
						+ " \"output_tokens\": 282, \"num_model_requests\": 150, \"model\": null}]}]");

		for (Path file : List.of(gz, parquet)) {
			Result result = run("import", "usage", "--format", "generic", file.toString(), "--map",
					"date=Day,model=Model,input_tokens=In,source=:team-export");
			assertThat(result.exitCode()).as(file.toString()).isEqualTo(0);
			assertThat(result.output()).as(file.toString()).contains("COMPLETED").contains("2 AI lines stored");
		}
		Result openAi = run("import", "usage", "--format", "openai-usage", buckets.toString());
		assertThat(openAi.exitCode()).isEqualTo(0);
		assertThat(openAi.output()).contains("COMPLETED").contains("1 AI lines stored").hasLineCount(1);
	}

	/**
	 * The README's promise: an import runs while the server has its port and, through
	 * H2's mixed mode ({@code AUTO_SERVER}), its embedded database open. The import runs
	 * as the jar runs it, in a process of its own.
	 */
	@Test
	void importUsage_runsWhileAServerHoldsThePortAndTheEmbeddedDatabase() throws Exception {
		String mixed = this.url + ";AUTO_SERVER=TRUE";
		Path file = Files.writeString(this.directory.resolve("team.csv"), "Day,Model,In\n2026-01-01,gpt-4o,10\n");
		try (ServerSocket server = new ServerSocket(0);
				ConfigurableApplicationContext running = new SpringApplicationBuilder(BreakevenApplication.class).run(
						"--spring.main.web-application-type=none", "--spring.datasource.url=" + mixed,
						"--breakeven.pricing.refresh-cron=-")) {
			// the server's port as configuration says it (a system property): the command
			// takes no --server.* option
			Process command = command(this.directory, "-Dserver.port=" + server.getLocalPort(), "import", "usage",
					"--format", "generic", file.toString(), "--map",
					"date=Day,model=Model,input_tokens=In,source=:team-export", "--spring.datasource.url=" + mixed);
			String output = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

			assertThat(command.waitFor(120, TimeUnit.SECONDS)).isTrue();
			assertThat(command.exitValue()).as(output).isZero();
			assertThat(output).contains("COMPLETED").contains("1 AI lines stored");
			// the server's own connections see the imported row
			assertThat(running.getBean(JdbcTemplate.class)
				.queryForObject("SELECT SUM(input_tokens) FROM usage_daily WHERE source_file LIKE '%team.csv'",
						Long.class))
				.isEqualTo(10L);
		}
	}

	/**
	 * Without mixed mode H2 locks the file to the process that opened it: a second one is
	 * refused in one line that says what to do.
	 */
	@Test
	void importUsage_anEmbeddedDatabaseOpenElsewhereWithoutMixedModeIsRefusedInOneLine() throws Exception {
		Path file = Files.writeString(this.directory.resolve("team.csv"), "Day,Model,In\n2026-01-01,gpt-4o,10\n");
		try (ConfigurableApplicationContext running = new SpringApplicationBuilder(BreakevenApplication.class).run(
				"--spring.main.web-application-type=none", "--spring.datasource.url=" + this.url,
				"--breakeven.pricing.refresh-cron=-")) {
			Process command = command(this.directory, "-Dserver.port=0", "import", "usage", "--format", "generic",
					file.toString(), "--map", "date=Day,model=Model,input_tokens=In",
					"--spring.datasource.url=" + this.url);
			String output = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

			assertThat(command.waitFor(120, TimeUnit.SECONDS)).isTrue();
			assertThat(command.exitValue()).isEqualTo(StartupPreflight.EXIT_CODE);
			assertThat(output.lines().filter(line -> !line.isBlank()).toList()).singleElement(STRING)
				.startsWith("breakeven: the H2 database jdbc:h2:file:")
				.contains("is open in another process")
				.contains("AUTO_SERVER=TRUE");
		}
	}

	/**
	 * The application jar's main class with these arguments, in a new JVM with a system
	 * property.
	 */
	private static Process command(Path workDir, String property, String... args) throws IOException {
		List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				property, "-cp", System.getProperty("java.class.path"), BreakevenApplication.class.getName()));
		line.addAll(List.of(args));
		return new ProcessBuilder(line).directory(workDir.toFile()).redirectErrorStream(true).start();
	}

	/** A generic import whose mapping names a usage kind FOO, which there is not. */
	private Result importWithUnknownKind(String... more) throws IOException {
		Path file = Files.writeString(this.directory.resolve("kinds.csv"), "Day,Model,In\n2026-01-01,gpt-4o,10\n");
		List<String> args = new ArrayList<>(List.of("import", "usage", "--format", "generic", file.toString(), "--map",
				"date=Day,model=Model,input_tokens=In,kind=:FOO"));
		args.addAll(List.of(more));
		return run(args.toArray(String[]::new));
	}

	@Test
	void commandErrors_firstLineLeavesTheSqlStatementOut() {
		String reason = CommandErrors.reason(new IllegalStateException(new RuntimeException(
				"Value too long for column \"raw_model\"; SQL statement:\nINSERT INTO usage_staging")));

		assertThat(reason).isEqualTo("Value too long for column \"raw_model\"; SQL statement: … (more with --verbose)");
	}

	private record Result(int exitCode, String output) {

	}

	private Result run(String... words) {
		List<String> args = new ArrayList<>(List.of(words));
		args.add("--spring.datasource.url=" + this.url);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int code = CommandLine.run(BreakevenApplication.class, args.toArray(String[]::new),
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return new Result(code, bytes.toString(StandardCharsets.UTF_8));
	}

}
