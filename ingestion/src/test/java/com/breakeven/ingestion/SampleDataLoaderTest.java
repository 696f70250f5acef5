package com.breakeven.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

import com.breakeven.db.testing.BothDatabasesTest;
import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.Model;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.PriceRepository;
import com.breakeven.pricing.ProviderRepository;
import com.breakeven.pricing.QualityScoreRepository;

/**
 * The shipped sample data loads once, completely, on both databases; a bad file loads
 * nothing.
 */
class SampleDataLoaderTest extends BothDatabasesTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

	private JdbcClient jdbc;

	private SampleDataLoader loader;

	private ImportRunRepository runs;

	@BeforeEach
	void loader() {
		this.jdbc = JdbcClient.create(this.database.dataSource());
		this.runs = new ImportRunRepository(this.jdbc, CLOCK);
		this.loader = new SampleDataLoader(new ProviderRepository(this.jdbc, CLOCK),
				new ModelRepository(this.jdbc, CLOCK), new PriceRepository(this.jdbc, CLOCK),
				new HardwareRepository(this.jdbc, CLOCK), new ThroughputRepository(this.jdbc, CLOCK),
				new QualityScoreRepository(this.jdbc), new UsageRepository(this.jdbc), this.runs,
				new JdbcTransactionManager(this.database.dataSource()));
	}

	@Test
	void loadIfAbsent_loadsEveryShippedFile() throws IOException {
		SampleDataLoader.Outcome outcome = this.loader.loadIfAbsent();

		assertThat(outcome.loaded()).isTrue();
		assertThat(count("provider")).isEqualTo(dataLines("providers.csv"));
		assertThat(count("model")).isEqualTo(dataLines("models.csv"));
		assertThat(count("price")).isEqualTo(dataLines("prices.csv"));
		assertThat(count("gpu")).isEqualTo(dataLines("gpus.csv"));
		assertThat(count("hardware_profile")).isEqualTo(dataLines("hardware_profiles.csv"));
		assertThat(count("hosting_profile")).isEqualTo(dataLines("hosting_profiles.csv"));
		assertThat(count("throughput_measurement")).isEqualTo(dataLines("throughput_published.csv"));
		assertThat(count("quality_score")).isEqualTo(dataLines("quality_scores.csv"));
		assertThat(count("usage_daily")).isEqualTo(dataLines("usage_daily.csv"));
		assertThat(this.runs.find(outcome.importRunId())).get()
			.satisfies(run -> assertThat(run.status()).isEqualTo(ImportStatus.COMPLETED))
			.satisfies(run -> assertThat(run.counts().added()).isEqualTo(outcome.rows()));
	}

	@Test
	void loadIfAbsent_resolvesEveryUsageModelNameThroughAliases() {
		this.loader.loadIfAbsent();

		UsageSummary summary = new UsageRepository(this.jdbc).summary();
		assertThat(summary.unresolvedRows()).isZero();
		assertThat(summary.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(summary.lastDay()).isEqualTo(LocalDate.of(2026, 10, 31));
		// Cross-check: the database's sum equals the sum of the file's billed_cost
		// column.
		assertThat(summary.billedByCurrency().get(Currency.getInstance("USD")))
			.isEqualByComparingTo(sumOfColumn("usage_daily.csv", 12));
		assertThat(new ModelRepository(this.jdbc, CLOCK).resolve("gpt-4o-2024-08-06")).map(Model::canonicalName)
			.contains("openai/gpt-4o");
	}

	@Test
	void loadIfAbsent_isANoOpTheSecondTime() {
		this.loader.loadIfAbsent();
		long usageRows = count("usage_daily");

		SampleDataLoader.Outcome second = this.loader.loadIfAbsent();

		assertThat(second.loaded()).isFalse();
		assertThat(count("usage_daily")).isEqualTo(usageRows);
		assertThat(count("provider")).isEqualTo(dataLines("providers.csv"));
	}

	@Test
	void loadIfAbsent_withABadValueNamesFileLineAndFieldAndKeepsNothing() {
		SampleDataLoader.Files withBadGpu = name -> name.equals("gpus.csv")
				? resource("sample-data-malformed/gpus-memory_gb-not-a-number.csv") : openShipped(name);

		assertThatThrownBy(() -> this.loader.loadIfAbsent(withBadGpu, "test")).isInstanceOf(SampleDataException.class)
			.hasMessage("Sample data cannot be loaded: gpus.csv line 3, field 'memory_gb': must be a decimal number"
					+ " (value '80GB')");
		assertThat(count("provider")).isZero();
		assertThat(count("model")).isZero();
		assertThat(count("gpu")).isZero();
		List<ImportRun> recorded = this.runs.recent(5);
		assertThat(recorded).singleElement()
			.satisfies(run -> assertThat(run.status()).isEqualTo(ImportStatus.FAILED))
			.satisfies(run -> assertThat(run.message()).startsWith("gpus.csv line 3, field 'memory_gb'"));
	}

	@Test
	void loadIfAbsent_withAnInvalidRecordReportsTheRecordsOwnMessage() {
		SampleDataLoader.Files withBadHosting = name -> name.equals("hosting_profiles.csv")
				? resource("sample-data-malformed/hosting_profiles-support-as-percent.csv") : openShipped(name);

		assertThatThrownBy(() -> this.loader.loadIfAbsent(withBadHosting, "test"))
			.hasMessage("Sample data cannot be loaded: hosting_profiles.csv line 2: supportFractionOfCapexPerYear is a"
					+ " fraction (0.08 = 8 %) and must be < 1, was 8");
		assertThat(count("hosting_profile")).isZero();
	}

	@Test
	void loadIfAbsent_withAMissingColumnNamesIt() {
		SampleDataLoader.Files withoutColumn = name -> name.equals("providers.csv")
				? new ByteArrayInputStream("code,display_name,website\nx,X,\n".getBytes(StandardCharsets.UTF_8))
				: openShipped(name);

		assertThatThrownBy(() -> this.loader.loadIfAbsent(withoutColumn, "test"))
			.hasMessage("Sample data cannot be loaded: providers.csv line 1, field 'kind': required column is missing"
					+ " from the header");
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private static long dataLines(String fileName) {
		return lines(fileName).size() - 1;
	}

	private static BigDecimal sumOfColumn(String fileName, int column) {
		// The usage file has no quoted commas, so a plain split finds the column.
		return lines(fileName).stream()
			.skip(1)
			.map(line -> new BigDecimal(line.split(",")[column]))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static List<String> lines(String fileName) {
		try (InputStream in = openShipped(fileName)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static InputStream openShipped(String fileName) {
		return resource(SampleDataLoader.CLASSPATH_FOLDER + fileName);
	}

	private static InputStream resource(String path) {
		return SampleDataLoaderTest.class.getClassLoader().getResourceAsStream(path);
	}

}
