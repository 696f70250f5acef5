package com.breakeven.ingestion.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.breakeven.ingestion.UsageDay;

/**
 * Compressed and columnar exports read as their CSV: gzip as AWS Data Exports and Azure
 * deliver CSV, and Parquet. The Parquet files are written here by DuckDB from the CSV
 * fixtures, with the column types of AWS Data Exports' FOCUS 1.0 table (AWS CUR user
 * guide, "FOCUS 1.0 with AWS columns": BilledCost, EffectiveCost, ListCost and
 * ConsumedQuantity double, ChargePeriodStart and ChargePeriodEnd timestamp; Tags a map as
 * Parquet writes key-value columns).
 */
class ExportFilesTest {

	@TempDir
	Path directory;

	@Test
	void open_readsAGzipCsvAndJsonAsThePlainFiles() throws IOException {
		Path csv = resource("usage/focus/focus-azure-openai-and-bedrock.csv");
		Path json = resource("usage/openai/cookbook-completions-usage-buckets.json");

		assertThat(read(new FocusFormat(), gzip(csv))).isEqualTo(read(new FocusFormat(), csv));
		assertThat(read(new OpenAiUsageFormat(), gzip(json))).isEqualTo(read(new OpenAiUsageFormat(), json));
	}

	@Test
	void open_failsACutOffGzipFileNamingIt() throws IOException {
		Path whole = gzip(resource("usage/focus/focus-1.0-sample.csv"));
		byte[] bytes = Files.readAllBytes(whole);
		Path cut = Files.write(this.directory.resolve("focus-cut.csv.gz"), Arrays.copyOf(bytes, bytes.length / 2));

		assertThatThrownBy(() -> read(new FocusFormat(), cut)).isInstanceOf(UsageFileException.class)
			.hasMessageStartingWith("focus-cut.csv.gz is not a complete gzip file");
	}

	@Test
	void open_readsAParquetFocusExportAsItsCsv() throws Exception {
		Path csv = resource("usage/focus/focus-1.0-sample.csv");
		Path parquet = parquet(csv, "CAST(ChargePeriodStart AS TIMESTAMPTZ) AS ChargePeriodStart,"
				+ " CAST(ChargePeriodEnd AS TIMESTAMPTZ) AS ChargePeriodEnd");

		List<UsageLine> fromCsv = read(new FocusFormat(), csv);
		List<UsageLine> fromParquet = read(new FocusFormat(), parquet);

		// the 1,000 rows in file order, the same 9 AI rows accepted, the rest skipped
		assertThat(fromParquet).hasSameSizeAs(fromCsv);
		assertThat(FocusFormatTest.accepted(fromParquet)).hasSize(9);
		assertSameUsage(FocusFormatTest.accepted(fromParquet), FocusFormatTest.accepted(fromCsv));
		assertThat(fromParquet).extracting(UsageLine::line)
			.containsExactlyElementsOf(fromCsv.stream().map(line -> line.line() - 1).toList());
	}

	@Test
	void rowCount_readsAParquetFilesRowsFromItsFooterAndNothingFromAnotherFile() throws Exception {
		Path csv = resource("usage/focus/focus-1.0-sample.csv");
		Path parquet = parquet(csv, "");

		// the sample's 1,000 rows, as the progress's "of 1,000" and per cent need them
		assertThat(ParquetUsageLines.rowCount(parquet)).hasValue(1_000);
		assertThat(ParquetUsageLines.rowCount(csv)).isEmpty();
	}

	@Test
	void open_readsTokenCountsAndTagsFromParquetAsFromCsv() throws Exception {
		Path csv = resource("usage/focus/focus-azure-openai-and-bedrock.csv");
		// its dates stay text: the Bedrock row writes 5/1/25, as in the CSV
		Path parquet = parquet(csv, "");

		List<UsageDay> fromParquet = FocusFormatTest.accepted(read(new FocusFormat(), parquet));

		assertSameUsage(fromParquet, FocusFormatTest.accepted(read(new FocusFormat(), csv)));
		// ConsumedQuantity 1000.0 (a double) × "1K Tokens"
		assertThat(fromParquet.get(0).inputTokens()).isEqualTo(1_000_000L);
		assertThat(fromParquet.get(0).team()).isEqualTo("support");
	}

	@Test
	void open_refusesParquetForAJsonFormatAndWithoutARequiredColumn() throws Exception {
		Path csv = resource("usage/focus/focus-azure-openai-and-bedrock.csv");
		Path parquet = parquet(csv, "");
		Path withoutCost = this.directory.resolve("no-cost.parquet");
		duckdb("COPY (SELECT * EXCLUDE (BilledCost) FROM read_parquet('" + parquet + "')) TO '" + withoutCost
				+ "' (FORMAT parquet)");
		Path notParquet = Files.write(this.directory.resolve("broken.parquet"), "PAR1 and then nothing".getBytes());

		assertThatThrownBy(() -> read(new OpenAiUsageFormat(), parquet)).isInstanceOf(UsageFileException.class)
			.hasMessage("focus-azure-openai-and-bedrock.parquet is a Parquet file; the openai-usage format is read"
					+ " from its JSON or CSV export");
		assertThatThrownBy(() -> read(new FocusFormat(), withoutCost)).isInstanceOf(UsageFileException.class)
			.hasMessage("no-cost.parquet: required FOCUS column 'BilledCost' is missing from the Parquet file's"
					+ " columns");
		assertThatThrownBy(() -> read(new FocusFormat(), notParquet)).isInstanceOf(UsageFileException.class)
			.hasMessageStartingWith("broken.parquet cannot be read as Parquet: ");
	}

	/** The same rows, costs compared by value: a double drops a CSV's trailing zeros. */
	private static void assertSameUsage(List<UsageDay> actual, List<UsageDay> expected) {
		assertThat(actual).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			UsageDay a = actual.get(i);
			UsageDay e = expected.get(i);
			assertThat(a.usageDate()).isEqualTo(e.usageDate());
			assertThat(a.rawModel()).isEqualTo(e.rawModel());
			assertThat(a.account()).isEqualTo(e.account());
			assertThat(a.billedCost()).isEqualByComparingTo(e.billedCost());
			assertThat(a.inputTokens()).isEqualTo(e.inputTokens());
			assertThat(a.outputTokens()).isEqualTo(e.outputTokens());
			assertThat(a.tagsJson()).isEqualTo(e.tagsJson());
			assertThat(a.currency()).isEqualTo(e.currency());
			assertThat(a.sourceKey()).isEqualTo(e.sourceKey());
		}
	}

	/**
	 * Writes the CSV as Parquet with AWS's FOCUS types: NULL words become nulls, costs
	 * and quantities doubles, Tags a map (Azure's tags without braces get them).
	 */
	private Path parquet(Path csv, String moreTypes) throws SQLException {
		String name = csv.getFileName().toString().replace(".csv", ".parquet");
		Path parquet = this.directory.resolve(name);
		duckdb("COPY (SELECT * REPLACE (CAST(BilledCost AS DOUBLE) AS BilledCost,"
				+ " CAST(EffectiveCost AS DOUBLE) AS EffectiveCost, CAST(ListCost AS DOUBLE) AS ListCost,"
				+ " CAST(ConsumedQuantity AS DOUBLE) AS ConsumedQuantity,"
				+ " CAST(CAST(CASE WHEN starts_with(Tags, '{') THEN Tags ELSE '{' || Tags || '}' END AS JSON)"
				+ " AS MAP(VARCHAR, VARCHAR)) AS Tags" + (moreTypes.isEmpty() ? "" : ", " + moreTypes)
				+ ") FROM read_csv('" + csv + "', all_varchar = true, nullstr = ['NULL', '']))" + " TO '" + parquet
				+ "' (FORMAT parquet)");
		return parquet;
	}

	private static void duckdb(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement()) {
			statement.execute("SET TimeZone = 'UTC'");
			statement.execute(sql);
		}
	}

	private Path gzip(Path file) throws IOException {
		Path gz = this.directory.resolve(file.getFileName() + ".gz");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
			Files.copy(file, out);
		}
		return gz;
	}

	private Path resource(String name) throws IOException {
		Path copy = this.directory.resolve(name.substring(name.lastIndexOf('/') + 1));
		try (InputStream in = ExportFilesTest.class.getClassLoader().getResourceAsStream(name)) {
			Files.copy(in, copy);
		}
		return copy;
	}

	private static List<UsageLine> read(UsageFormat format, Path file) {
		List<UsageLine> lines = new ArrayList<>();
		try (UsageLines usage = ExportFiles.open(format, file)) {
			usage.forEachRemaining(lines::add);
		}
		return lines;
	}

}
