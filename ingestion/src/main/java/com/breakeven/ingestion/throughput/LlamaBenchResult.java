package com.breakeven.ingestion.throughput;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * llama.cpp {@code llama-bench} results, {@code -o json} or {@code -o csv}: one row per
 * test. A row with {@code n_gen} 0 measures prompt processing, one with {@code n_prompt}
 * 0 generation, one with both a combined prompt-then-generate test; they are different
 * measurements and stay apart. {@code avg_ts} is tokens per second of one sequence
 * (concurrency 1).
 */
public final class LlamaBenchResult {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LlamaBenchResult() {
	}

	/**
	 * @param in the result file, JSON or CSV (told apart by its first character)
	 * @param fileName its name, for messages
	 * @return one run per row
	 */
	public static List<BenchmarkRun> read(InputStream in, String fileName) {
		try (BufferedInputStream buffered = new BufferedInputStream(in)) {
			buffered.mark(64);
			int first;
			do {
				first = buffered.read();
			}
			while (first == ' ' || first == '\n' || first == '\r' || first == '\t' || first == 0xEF || first == 0xBB
					|| first == 0xBF);
			buffered.reset();
			return (first == '[') ? json(buffered, fileName) : csv(buffered, fileName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + fileName, ex);
		}
	}

	private static List<BenchmarkRun> json(InputStream in, String fileName) {
		JsonNode rows;
		try {
			rows = JSON.readTree(in);
		}
		catch (JacksonException ex) {
			throw new BenchmarkFileException(fileName + ": not a JSON document (" + ex.getMessage() + ")", ex);
		}
		List<BenchmarkRun> runs = new ArrayList<>();
		int index = 0;
		for (JsonNode row : rows) {
			index++;
			String where = fileName + " entry " + index;
			runs.add(run(field -> {
				JsonNode value = row.get(field);
				return (value == null || value.isNull()) ? null : value.asString();
			}, where));
		}
		return runs;
	}

	private static List<BenchmarkRun> csv(InputStream in, String fileName) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		List<BenchmarkRun> runs = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
			for (CSVRecord record : parser) {
				String where = fileName + " line " + (record.getRecordNumber() + 1);
				runs.add(run(field -> record.isMapped(field) ? record.get(field) : null, where));
			}
		}
		return runs;
	}

	private static BenchmarkRun run(Function<String, String> field, String where) {
		long prompt = whole(field, "n_prompt", where);
		long generated = whole(field, "n_gen", where);
		BigDecimal tokensPerSecond = decimal(field, "avg_ts", where);
		if (tokensPerSecond.signum() <= 0) {
			throw new BenchmarkFileException(where + ", field 'avg_ts': must be > 0, was " + tokensPerSecond);
		}
		String phase;
		BigDecimal output;
		if (generated == 0) {
			phase = "prompt-processing";
			output = null;
		}
		else if (prompt == 0) {
			phase = "generation";
			output = tokensPerSecond;
		}
		else {
			// avg_ts counts prompt and generated tokens over the whole test
			phase = "prompt-and-generation";
			output = tokensPerSecond.multiply(BigDecimal.valueOf(generated))
				.divide(BigDecimal.valueOf(prompt + generated), MathContext.DECIMAL64);
		}
		String model = field.apply("model_type");
		String commit = field.apply("build_commit");
		String build = field.apply("build_number");
		String version = (build != null) ? "b" + build + ((commit != null) ? " (" + commit + ")" : "") : commit;
		return new BenchmarkRun(BenchmarkTool.LLAMA_BENCH, phase,
				(model != null) ? model : field.apply("model_filename"), version, field.apply("gpu_info"), 1,
				BigDecimal.valueOf(prompt), BigDecimal.valueOf(generated), output, tokensPerSecond, null, null, null,
				null, null, null, null, null, null, day(field.apply("test_time"), where));
	}

	private static long whole(Function<String, String> field, String name, String where) {
		return decimal(field, name, where).longValueExact();
	}

	private static BigDecimal decimal(Function<String, String> field, String name, String where) {
		String value = field.apply(name);
		if (value == null || value.isBlank()) {
			throw new BenchmarkFileException(where + ", field '" + name + "': a value is required");
		}
		try {
			return new BigDecimal(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new BenchmarkFileException(where + ", field '" + name + "': not a number (value '" + value + "')");
		}
	}

	private static LocalDate day(String testTime, String where) {
		if (testTime == null || testTime.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(testTime.trim()).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			throw new BenchmarkFileException(
					where + ", field 'test_time': not an ISO-8601 date-time (value '" + testTime + "')");
		}
	}

}
