package com.breakeven.ingestion.throughput;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * vLLM's {@code vllm bench serve --save-result} (and the older
 * {@code benchmark_serving.py}) result JSON: one load level per result. With
 * {@code --append-result} each run appends its result to the same file as one more line
 * of JSON, so a file holds one result or several, each read as its own load level.
 * <ul>
 * <li>Latency keys end in {@code _ms}; forks that drop the suffix (SemiAnalysis
 * InferenceX) write seconds, which are converted.</li>
 * <li>Where a result has no inter-token latency but time per output token (TPOT, the
 * per-request mean of the same gaps), TPOT stands in for it.</li>
 * <li>Where it has no end-to-end percentiles (vLLM reports them only when asked) they are
 * computed from its per-request latencies ({@code latencies}, or {@code ttfts} plus the
 * sum of {@code itls} in older detailed results) of the requests that succeeded, as vLLM
 * would: linear interpolation ({@link Percentiles#linear}).</li>
 * <li>Failed requests are the result's {@code failed}, else its non-empty {@code errors},
 * else {@code num_prompts} less {@code completed}.</li>
 * <li>Lengths per request are the result's totals divided by completed requests.</li>
 * </ul>
 * vLLM writes {@code NaN} for a statistic of no values; it is read as absent.
 */
public final class VllmBenchResult {

	/** Reads one result after another: a later one is no trailing token. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private VllmBenchResult() {
	}

	/**
	 * @param in the result file: one JSON result, or one per line as
	 * {@code --append-result} writes them
	 * @param fileName its name, for messages
	 * @return the runs it records, in file order
	 * @throws BenchmarkFileException when it is not such a file or a required field is
	 * missing, naming the line of the result when the file holds several
	 */
	public static List<BenchmarkRun> read(InputStream in, String fileName) {
		List<JsonNode> results = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		int line = 1;
		try (in; JsonParser parser = JSON.createParser(in)) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				line = parser.currentTokenLocation().getLineNr();
				if (token != JsonToken.START_OBJECT) {
					throw new BenchmarkFileException(where(fileName, line, !results.isEmpty())
							+ ": not a vLLM bench serve result (not a JSON object)");
				}
				lines.add(line);
				results.add(JSON.readTree(parser));
			}
		}
		catch (JacksonException | IOException ex) {
			String reason = (ex instanceof JacksonException jackson) ? jackson.getOriginalMessage() : ex.getMessage();
			throw new BenchmarkFileException(
					where(fileName, line, !results.isEmpty()) + ": not a JSON document (" + reason + ")", ex);
		}
		if (results.isEmpty()) {
			throw new BenchmarkFileException(fileName + ": not a vLLM bench serve result (the file is empty)");
		}
		boolean several = results.size() > 1;
		List<BenchmarkRun> runs = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			runs.add(run(results.get(i), where(fileName, lines.get(i), several)));
		}
		return runs;
	}

	private static String where(String fileName, int line, boolean several) {
		return several ? fileName + " line " + line : fileName;
	}

	private static BenchmarkRun run(JsonNode root, String where) {
		if (!root.has("output_throughput")) {
			throw new BenchmarkFileException(
					where + ": not a vLLM bench serve result (field 'output_throughput' missing)");
		}
		long completed = whole(root, "completed", where);
		if (completed < 1) {
			throw new BenchmarkFileException(where + ", field 'completed': no request completed");
		}
		BigDecimal output = number(root, "output_throughput", where);
		BigDecimal total = number(root, "total_token_throughput", where);
		BigDecimal input = number(root, "input_throughput", where);
		if (total == null && input != null && output != null) {
			total = input.add(output);
		}
		BigDecimal requests = BigDecimal.valueOf(completed);
		Long failed = failed(root, completed, where);
		BigDecimal e2eP50 = latency(root, "e2el", "median", where);
		BigDecimal e2eP99 = latency(root, "e2el", "p99", where);
		if (e2eP50 == null && e2eP99 == null) {
			List<Double> latencies = succeededLatencies(root, failed, where);
			e2eP50 = percentileMs(latencies, 50);
			e2eP99 = percentileMs(latencies, 99);
		}
		return new BenchmarkRun(BenchmarkTool.VLLM, "serving", text(root, "model_id"), null, null,
				root.path("max_concurrency").isNumber() ? root.path("max_concurrency").intValue() : null,
				perRequest(root, "total_input_tokens", requests, where),
				perRequest(root, "total_output_tokens", requests, where), output, total,
				number(root, "request_throughput", where), latency(root, "ttft", "median", where),
				latency(root, "ttft", "p99", where), interToken(root, "median", where), interToken(root, "p99", where),
				e2eP50, e2eP99, completed, failed, day(root, where));
	}

	/**
	 * {@code failed}; else the non-empty {@code errors} of a detailed result; else
	 * {@code num_prompts} − {@code completed} (vLLM sends each prompt once); else
	 * unknown.
	 */
	private static Long failed(JsonNode root, long completed, String where) {
		if (number(root, "failed", where) != null) {
			return whole(root, "failed", where);
		}
		JsonNode errors = root.get("errors");
		if (errors != null && errors.isArray()) {
			long failed = 0;
			for (JsonNode error : errors) {
				if (error.isString() && !error.asString().isEmpty()) {
					failed++;
				}
			}
			return failed;
		}
		BigDecimal prompts = number(root, "num_prompts", where);
		if (prompts == null) {
			return null;
		}
		long sent = prompts.longValueExact();
		if (sent < completed) {
			throw new BenchmarkFileException(
					where + ", field 'num_prompts': " + sent + " prompts cannot complete " + completed + " requests");
		}
		return sent - completed;
	}

	/**
	 * End-to-end latency of each request that succeeded, seconds: {@code latencies}, or
	 * {@code ttfts[i]} + Σ {@code itls[i]} (the time from sending to the last token,
	 * which is what vLLM measures as latency). Which requests succeeded is known from
	 * {@code errors}, or when none failed; otherwise none is returned rather than mix in
	 * failed requests' zeros.
	 */
	private static List<Double> succeededLatencies(JsonNode root, Long failed, String where) {
		JsonNode latencies = root.get("latencies");
		JsonNode ttfts = root.get("ttfts");
		JsonNode itls = root.get("itls");
		int count;
		if (latencies != null && latencies.isArray()) {
			count = latencies.size();
		}
		else if (ttfts != null && ttfts.isArray() && itls != null && itls.isArray() && itls.size() == ttfts.size()) {
			count = ttfts.size();
		}
		else {
			return List.of();
		}
		JsonNode errors = root.get("errors");
		boolean errorsKnown = errors != null && errors.isArray() && errors.size() == count;
		if (!errorsKnown && (failed == null || failed != 0)) {
			return List.of();
		}
		List<Double> values = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			if (errorsKnown && errors.get(i).isString() && !errors.get(i).asString().isEmpty()) {
				continue;
			}
			values.add((latencies != null && latencies.isArray()) ? seconds(latencies.get(i), "latencies", i, where)
					: requestLatency(ttfts.get(i), itls.get(i), i, where));
		}
		return values;
	}

	private static double requestLatency(JsonNode ttft, JsonNode itl, int index, String where) {
		double seconds = seconds(ttft, "ttfts", index, where);
		if (!itl.isArray()) {
			throw new BenchmarkFileException(
					where + ", field 'itls' entry " + (index + 1) + ": not a list of inter-token latencies");
		}
		for (JsonNode gap : itl) {
			seconds += seconds(gap, "itls", index, where);
		}
		return seconds;
	}

	private static double seconds(JsonNode value, String field, int index, String where) {
		if (value == null || !value.isNumber() || value.doubleValue() < 0) {
			throw new BenchmarkFileException(where + ", field '" + field + "' entry " + (index + 1)
					+ ": not a latency in seconds (value '" + value + "')");
		}
		return value.doubleValue();
	}

	private static BigDecimal percentileMs(List<Double> seconds, double percent) {
		return seconds.isEmpty() ? null : BigDecimal.valueOf(Percentiles.linear(seconds, percent)).multiply(THOUSAND);
	}

	private static BigDecimal interToken(JsonNode root, String statistic, String where) {
		BigDecimal itl = latency(root, "itl", statistic, where);
		return (itl != null) ? itl : latency(root, "tpot", statistic, where);
	}

	/** {@code median_ttft_ms} in ms, else {@code median_ttft} in seconds. */
	private static BigDecimal latency(JsonNode root, String metric, String statistic, String where) {
		BigDecimal milliseconds = number(root, statistic + "_" + metric + "_ms", where);
		if (milliseconds != null) {
			return milliseconds;
		}
		BigDecimal seconds = number(root, statistic + "_" + metric, where);
		return (seconds != null) ? seconds.multiply(THOUSAND) : null;
	}

	private static BigDecimal perRequest(JsonNode root, String field, BigDecimal requests, String where) {
		BigDecimal total = number(root, field, where);
		if (total == null) {
			throw new BenchmarkFileException(where + ", field '" + field + "': a value is required");
		}
		return total.divide(requests, MathContext.DECIMAL64);
	}

	/** The field's number; {@code null} when absent, null, NaN or infinite. */
	private static BigDecimal number(JsonNode root, String field, String where) {
		JsonNode value = root.get(field);
		if (value == null || value.isNull()
				|| (value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue()))) {
			return null;
		}
		if (!value.isNumber()) {
			throw new BenchmarkFileException(
					where + ", field '" + field + "': not a number (value '" + value.asString() + "')");
		}
		BigDecimal number = value.decimalValue();
		if (number.signum() < 0) {
			throw new BenchmarkFileException(where + ", field '" + field + "': negative (" + number + ")");
		}
		return number;
	}

	private static long whole(JsonNode root, String field, String where) {
		BigDecimal value = number(root, field, where);
		if (value == null) {
			throw new BenchmarkFileException(where + ", field '" + field + "': a value is required");
		}
		return value.longValueExact();
	}

	private static String text(JsonNode root, String field) {
		JsonNode value = root.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	/** {@code "20260523-114606"}. */
	private static LocalDate day(JsonNode root, String where) {
		String date = text(root, "date");
		if (date == null) {
			return null;
		}
		try {
			return LocalDate.parse(date.substring(0, Math.min(8, date.length())), DATE);
		}
		catch (DateTimeParseException ex) {
			throw new BenchmarkFileException(where + ", field 'date': not yyyyMMdd-HHmmss (value '" + date + "')");
		}
	}

}
