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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * llama.cpp {@code llama-bench} results, {@code -o json}, {@code -o csv} or the default
 * markdown table ({@code -o md}, what people paste in issues and discussions): one row
 * per test. A row with {@code n_gen} 0 measures prompt processing, one with
 * {@code n_prompt} 0 generation, one with both a combined prompt-then-generate test; they
 * are different measurements and stay apart. {@code avg_ts} is tokens per second of one
 * sequence (concurrency 1).
 * <p>
 * The markdown table names the test ({@code pp512}, {@code tg128}, {@code pp4096+tg128};
 * before 2024 {@code pp 512}) and the rate with its deviation ({@code 629.07 ± 0.21});
 * the {@code build: 936918514 (10334)} line after it gives the build. It records neither
 * the date nor the hardware.
 * <p>
 * A file whose rows are of several models (llama-bench {@code -m a.gguf,b.gguf}) is read
 * whole; its import refuses it (see {@code ThroughputImports}).
 */
public final class LlamaBenchResult {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** {@code build: 936918514 (10334)}: commit, then build number. */
	private static final Pattern BUILD = Pattern.compile("build: ([0-9a-f]+) \\((\\d+)\\)");

	/**
	 * {@code pp512}, {@code tg128}, {@code pp4096+tg128}, and {@code pp 512} before 2024.
	 */
	private static final Pattern TEST = Pattern.compile("(pp|tg) ?(\\d+)(?: ?\\+ ?tg ?(\\d+))?");

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
			return switch (first) {
				case '[' -> json(buffered, fileName);
				case '|' -> markdown(buffered, fileName);
				default -> csv(buffered, fileName);
			};
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

	/**
	 * The rows of each {@code | model | … | test | t/s |} table, read through the names
	 * of the JSON fields they correspond to.
	 */
	private static List<BenchmarkRun> markdown(InputStream in, String fileName) throws IOException {
		List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		String version = null;
		for (String line : lines) {
			Matcher build = BUILD.matcher(line.strip());
			if (build.matches()) {
				version = "b" + build.group(2) + " (" + build.group(1) + ")";
			}
		}
		List<BenchmarkRun> runs = new ArrayList<>();
		List<String> header = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (!line.startsWith("|")) {
				header = null;
				continue;
			}
			List<String> cells = cells(line);
			if (header == null) {
				header = cells;
				for (String column : List.of("model", "test", "t/s")) {
					if (!header.contains(column)) {
						throw new BenchmarkFileException(fileName + " line " + (i + 1)
								+ ": not a llama-bench table (no column '" + column + "' in its header)");
					}
				}
				continue;
			}
			if (cells.stream().allMatch(cell -> cell.matches(":?-+:?"))) {
				continue;
			}
			String where = fileName + " line " + (i + 1);
			if (cells.size() != header.size()) {
				throw new BenchmarkFileException(
						where + ": " + cells.size() + " cells for the header's " + header.size() + " columns");
			}
			runs.add(run(markdownFields(header, cells, version, where), where));
		}
		if (runs.isEmpty()) {
			throw new BenchmarkFileException(fileName + ": no llama-bench table (| model | … | test | t/s |)");
		}
		return runs;
	}

	private static List<String> cells(String line) {
		String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
		return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
	}

	/** A markdown row as the JSON fields {@link #run} reads. */
	private static Function<String, String> markdownFields(List<String> header, List<String> cells, String version,
			String where) {
		String test = cells.get(header.indexOf("test"));
		Matcher matcher = TEST.matcher(test);
		if (!matcher.matches()) {
			throw new BenchmarkFileException(where + ", field 'test': not a pp/tg test such as pp512, tg128 or"
					+ " pp512+tg128 (value '" + test + "')");
		}
		String prompt = "0";
		String generated = "0";
		if (matcher.group(1).equals("pp")) {
			prompt = matcher.group(2);
			generated = (matcher.group(3) != null) ? matcher.group(3) : "0";
		}
		else {
			generated = matcher.group(2);
		}
		String rate = cells.get(header.indexOf("t/s")).split("±")[0].strip();
		Map<String, String> fields = new HashMap<>();
		fields.put("n_prompt", prompt);
		fields.put("n_gen", generated);
		fields.put("avg_ts", rate);
		fields.put("model_type", cells.get(header.indexOf("model")));
		return name -> switch (name) {
			case "build_number", "build_commit" -> null;
			case "llama_bench_version" -> version;
			default -> fields.get(name);
		};
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
		String version = (build != null) ? "b" + build + ((commit != null) ? " (" + commit + ")" : "")
				: (commit != null) ? commit : field.apply("llama_bench_version");
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
