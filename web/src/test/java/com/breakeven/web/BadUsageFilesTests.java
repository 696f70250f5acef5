package com.breakeven.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.breakeven.BreakevenApplication;
import com.breakeven.db.testing.BothDatabasesTest;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportRunRepository;
import com.breakeven.ingestion.ImportStatus;
import com.breakeven.ingestion.RowFailure;
import com.breakeven.ingestion.UsageImports;

/**
 * Usage exports with values the database would store wrongly, or could not store at all,
 * on H2 and PostgreSQL: each such row is quarantined naming its line, field and reason
 * and the rest of the file imports; a file that cannot be read is refused with a message
 * that names it; a mapping that cannot work fails its run before any line is read. One
 * fixture per family of defects, under {@code usage-bad/}.
 */
class BadUsageFilesTests extends BothDatabasesTest {

	private static final String GENERIC_MAPPING = "date=Day,model=Model,input_tokens=Prompt,output_tokens=Completion,"
			+ "cost=Amount,currency=:USD";

	@TempDir
	Path directory;

	private ConfigurableApplicationContext context;

	private UsageImports imports;

	private ImportRunRepository runs;

	private JdbcClient jdbc;

	@BeforeEach
	void start() {
		// bad rows are the point here: the share that fails a whole file is raised so
		// that the good rows beside them are published; small chunks commit before a
		// failure
		this.context = new SpringApplicationBuilder(BreakevenApplication.class).run("--server.port=0",
				"--spring.main.web-application-type=none", "--breakeven.sample-data.enabled=false",
				"--breakeven.usage.max-bad-row-share=0.9", "--breakeven.usage.chunk-size=50",
				"--spring.datasource.url=" + this.database.jdbcUrl(),
				"--spring.datasource.username=" + this.database.user(),
				"--spring.datasource.password=" + this.database.password());
		this.imports = this.context.getBean(UsageImports.class);
		this.runs = this.context.getBean(ImportRunRepository.class);
		this.jdbc = JdbcClient.create(this.database.dataSource());
	}

	@AfterEach
	void stop() {
		this.context.close();
	}

	@Test
	void run_quarantinesImpossibleAndImplausibleDatesAndImportsTheRest() throws IOException {
		ImportRun run = this.imports.run("generic", GENERIC_MAPPING, fixture("usage-impossible-dates.csv"), "test");

		assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(quarantined(run)).containsExactly("line 3, field 'Day': is not a date (value '2026-02-30')",
				"line 5, field 'Day': is not a date (value '2026-02-29 10:00:00')",
				"line 6, field 'Day': is outside the plausible usage period 2015-01-01 to " + latestDay()
						+ " (value '9999-12-31')",
				"line 7, field 'Day': is outside the plausible usage period 2015-01-01 to " + latestDay()
						+ " (value '0001-01-01')",
				"line 8, field 'Day': is outside the plausible usage period 2015-01-01 to " + latestDay()
						+ " (value '2014-12-31')",
				"line 9, field 'Day': is not a date (value '2/30/2026')");
		// lines 2, 4 and 10: 1,000 + 2,000 + 3,000 input tokens, 1.00 + 2.00 + 3.00 USD,
		// on
		// their own days (October 1, 2 and 3)
		assertThat(days()).containsExactly("2026-10-01", "2026-10-02", "2026-10-03");
		assertThat(sum("input_tokens")).isEqualTo(6_000);
		assertThat(cost()).isEqualByComparingTo("6.00");
	}

	@Test
	void run_quarantinesCostsAndCountsTheDatabaseWouldRoundAndALineCutShort() throws IOException {
		ImportRun run = this.imports.run("focus", fixture("focus-values-the-database-would-round.csv"), "test");

		assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(quarantined(run)).containsExactly(
				"line 4, field 'EffectiveCost': has more than 12 decimals: costs are stored to 0.000000000001 and it"
						+ " would be rounded (value '0.000000000000000000000000000001')",
				"line 5, field 'ConsumedQuantity': makes 1000.7000 tokens (1K Tokens), which is not a whole number:"
						+ " a count of tokens or requests has no fraction (value '1.0007')",
				"line 7, field 'ProviderName': the line has 5 of the header's 12 fields and omits 'ProviderName',"
						+ " which needs a value: none of its values is trusted");
		// lines 2, 3 and 6: 1,000 K + 1 K + 500 K input tokens; 2.50 + 0.0000004 + 1.25 =
		// 3.7500004 USD billed, the tiny cost kept exactly, never rounded to 0
		assertThat(days()).containsExactly("2025-05-01", "2025-05-02");
		assertThat(sum("input_tokens")).isEqualTo(1_501_000);
		assertThat(cost()).isEqualByComparingTo("3.7500004");
	}

	@Test
	void run_quarantinesOversizeValuesNamingFieldAndLimitInsteadOfFailingTheFile() throws IOException {
		ImportRun run = this.imports.run("focus", fixture("focus-oversize-values.csv"), "test");

		assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(quarantined(run)).containsExactly(
				"line 3, field 'SubAccountId': is 250 characters long, more than the 200 stored (value '"
						+ "s".repeat(40) + "…')",
				"line 4, field 'BilledCost': exceeds the largest cost stored, 999999999999999999.999999999999 (18"
						+ " digits before the point) (value '1234567890123456789')",
				"line 5, field 'ConsumedQuantity': makes 99999999999999999999 tokens (Tokens), which exceeds the"
						+ " largest count stored, 9223372036854775807 (value '99999999999999999999')",
				// the header's own 250-character column name, cut to the 200 quarantine
				// keeps; the file ends without a line break inside line 7
				"line 7, field '" + "x_" + "x".repeat(198) + "': the line has 12 of the header's 13 fields and ends"
						+ " the file without a line break: the export was cut off here, so none of its values is"
						+ " trusted");
		// lines 2 and 6: 1,000 K + 500 K input tokens, 2.50 + 1.25 = 3.75 USD
		assertThat(sum("input_tokens")).isEqualTo(1_500_000);
		assertThat(cost()).isEqualByComparingTo("3.75");
	}

	@Test
	void run_quarantinesApiResultsWithImpossibleTimesOrCounts() throws IOException {
		ImportRun run = this.imports.run("openai-usage", fixture("openai-usage-impossible-times-and-counts.json"),
				"test");

		assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(quarantined(run)).containsExactly(
				"line 2, field 'start_time': is outside the plausible usage period 2015-01-01 to " + latestDay()
						+ " (value '+31690708-07-05')",
				"line 3, field 'start_time': is outside the plausible usage period 2015-01-01 to " + latestDay()
						+ " (value '1969-12-31')",
				"line 4, field 'start_time': is not a Unix time in seconds that a date can hold (value"
						+ " '99999999999999999')",
				"line 5, field 'input_tokens': is not a whole number: a count of tokens or requests has no fraction"
						+ " (value '1000.7')",
				"line 6, field 'output_tokens': exceeds the largest count stored, 9223372036854775807 (value"
						+ " '99999999999999999999')",
				"line 7, field 'input_tokens': is not a number (value '\"lots\"')");
		// the one good result: 1,000 input tokens on 2024-11-01 (1730419200 s)
		assertThat(days()).containsExactly("2024-11-01");
		assertThat(sum("input_tokens")).isEqualTo(1_000);
	}

	@Test
	void run_quarantinesAMalformedCacheCreationRatherThanDropItsTokens() throws IOException {
		ImportRun run = this.imports.run("anthropic-usage", fixture("anthropic-usage-malformed-cache-creation.json"),
				"test");

		assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(quarantined(run)).containsExactly(
				"line 2, field 'cache_creation': is not an object of cache-write token counts"
						+ " (ephemeral_5m_input_tokens, ephemeral_1h_input_tokens) (value '1500')",
				"line 3, field 'cache_creation.ephemeral_5m_input_tokens': is not a number (value '\"1500\"')");
		// the good result: 1,000 (1 h) + 500 (5 min) cache-write tokens
		assertThat(sum("cache_write_tokens")).isEqualTo(1_500);
		assertThat(sum("input_tokens")).isEqualTo(1_500);
	}

	@Test
	void run_quarantinesRequestTagsThatAreNotJson() throws IOException {
		ImportRun run = this.imports.run("litellm-spend", fixture("litellm-invalid-request-tags.csv"), "test");

		assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(quarantined(run)).containsExactly(
				"line 3, field 'request_tags': is not a JSON array of tags (such as [\"prod\", \"chat\"]) (value"
						+ " '[\"prod\"')",
				"line 4, field 'request_tags': is not a JSON array of tags (such as [\"prod\", \"chat\"]) (value"
						+ " 'not json')");
		// req-1 and req-4: 1,000 + 4,000 prompt tokens, 0.010 + 0.040 = 0.050 USD
		assertThat(sum("input_tokens")).isEqualTo(5_000);
		assertThat(cost()).isEqualByComparingTo("0.050");
		assertThat(this.jdbc.sql("SELECT tags_json FROM usage_daily WHERE tags_json IS NOT NULL")
			.query(String.class)
			.list()).containsExactly("{\"request_tags\": [\"prod\"]}");
	}

	@Test
	void run_refusesAFileThatIsNotUtf8NamingItAndStoresNothing() throws IOException {
		ImportRun run = this.imports.run("generic", "date=Day,model=Model,team=Team,input_tokens=Prompt",
				fixture("usage-latin-1.csv"), "test");

		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		// the 400 UTF-8 lines before line 402 went through committed chunks of 50: their
		// staged rows are dropped with the run, since the same bytes fail again there
		assertThat(run.message()).contains("usage-latin-1.csv is not UTF-8 text")
			.contains("save the export as UTF-8")
			.containsPattern("failed after [1-9][0-9,]* committed lines")
			.contains("correct the file and import it again")
			.doesNotContain("resume");
		assertThat(count()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM usage_staging").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM quarantined_row WHERE raw_value LIKE :replacement")
			.param("replacement", "%\uFFFD%")
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * What the usage API answers a request with a wrong key, saved as if it were usage:
	 * the file is refused in one line naming the shapes read, and no restart is advised.
	 */
	@Test
	void run_refusesAJsonFileOfNoUsageShapeWithoutAdvisingAResume() throws IOException {
		Path file = Files.writeString(this.directory.resolve("usage_data.json"),
				"{\"error\": {\"message\": \"Incorrect API key provided\", \"type\": \"invalid_request_error\"}}");

		ImportRun run = this.imports.run("openai-usage", file, "test");

		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.message()).contains("usage_data.json is not a usage API page")
			.contains("a list of buckets")
			.contains("its fields: error")
			.contains("correct the file and import it again")
			.doesNotContain("resume");
		assertThat(count()).isZero();
	}

	@Test
	void run_refusesAFileWhoseLinesSumADayBeyondWhatARowHoldsNamingDayAndField() throws IOException {
		// each line's 9e18 input tokens fit a BIGINT, the day's 1.8e19 do not
		ImportRun run = this.imports.run("generic", GENERIC_MAPPING, fixture("usage-daily-total-beyond-bigint.csv"),
				"test");

		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.message())
			.startsWith("the lines of 2026-10-02 sum input tokens to"
					+ " 18,000,000,000,000,000,000, more than the 9,223,372,036,854,775,807 a daily row holds:"
					+ " nothing of ")
			.endsWith("usage-daily-total-beyond-bigint.csv was kept; split or correct the export")
			.doesNotContain("resume");
		assertThat(count()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM usage_staging").query(Long.class).single()).isZero();
	}

	@Test
	void run_refusesADuplicatedHeaderColumnNamingIt() throws IOException {
		ImportRun run = this.imports.run("litellm-spend", fixture("litellm-duplicated-header.csv"), "test");

		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(run.message())
			.contains("litellm-duplicated-header.csv line 1: the header names column 'spend' twice")
			.doesNotContain("resume");
		assertThat(count()).isZero();
	}

	@Test
	void run_aMappingThatCannotWorkFailsItsRunWithTheReasonBeforeReadingALine() throws IOException {
		Path file = fixture("usage-impossible-dates.csv");
		List<String> mappings = java.util.Arrays.asList(null, "foo=Bar", "date=Day,model=Model,kind=:FOO",
				"date=Day,model=Model,cost=Amount", "garbage;;==", "date=Day,model=Model,currency=:EURO,cost=Amount",
				"date=Day,model=Model,cost=:0.0000000000004,currency=:USD");
		List<String> reasons = List.of(
				"the generic format needs a column mapping such as --map"
						+ " date=Day,model=Model,input_tokens=Prompt,output_tokens=Completion",
				"mapping entry 'foo=Bar' must be field=Column with a field among",
				"mapping entry 'kind=:FOO': the constant must be USAGE, ESTIMATE or BILLED",
				"a mapped cost needs a currency: map a column or a constant (currency=:USD)",
				"mapping entry 'garbage;;==' must be field=Column",
				"mapping entry 'currency=:EURO': the constant is not an ISO-4217 currency code",
				"mapping entry 'cost=:0.0000000000004': the constant has more than 12 decimals: costs are stored to"
						+ " 0.000000000001");
		for (int i = 0; i < mappings.size(); i++) {
			String mapping = mappings.get(i);
			assertThatIllegalArgumentException().as(mapping)
				.isThrownBy(() -> UsageImports.check("generic", mapping))
				.withMessageStartingWith(reasons.get(i));

			ImportRun run = this.imports.run("generic", mapping, file, "test");

			assertThat(run.status()).as(mapping).isEqualTo(ImportStatus.FAILED);
			assertThat(run.message()).as(mapping).startsWith(reasons.get(i));
		}
		assertThat(count()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM import_run WHERE status = 'RUNNING'").query(Long.class).single())
			.isZero();
	}

	/** Today (UTC) plus the 7 days ahead the plausibility window allows. */
	private static String latestDay() {
		return java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(7).toString();
	}

	private List<String> quarantined(ImportRun run) {
		return this.runs.quarantinedRows(run.id())
			.stream()
			.map(RowFailure::describe)
			.map(text -> text.substring(text.indexOf(" line ") + 1))
			.toList();
	}

	private Path fixture(String name) throws IOException {
		Path copy = this.directory.resolve(name);
		try (InputStream in = getClass().getResourceAsStream("/usage-bad/" + name)) {
			Files.copy(in, copy);
		}
		return copy;
	}

	private List<String> days() {
		return this.jdbc.sql("SELECT DISTINCT usage_date FROM usage_daily ORDER BY usage_date")
			.query((rs, row) -> rs.getDate(1).toLocalDate().toString())
			.list();
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM usage_daily").query(Long.class).single();
	}

	private long sum(String column) {
		return this.jdbc.sql("SELECT SUM(" + column + ") FROM usage_daily").query(Long.class).single();
	}

	private BigDecimal cost() {
		return this.jdbc.sql("SELECT SUM(billed_cost) FROM usage_daily").query(BigDecimal.class).single();
	}

}
