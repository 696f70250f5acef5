package com.breakeven.ingestion.throughput;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * vLLM's {@code vllm bench serve --save-result} (and the older
 * {@code benchmark_serving.py}) result JSON: one load level per file. Latency keys end in
 * {@code _ms}; forks that drop the suffix (SemiAnalysis InferenceX) write seconds, which
 * are converted. Where a file has no inter-token latency but time per output token (TPOT,
 * the per-request mean of the same gaps), TPOT stands in for it. Lengths per request are
 * the file's totals divided by completed requests.
 */
public final class VllmBenchResult {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private VllmBenchResult() {
	}

	/**
	 * @param in the result file
	 * @param fileName its name, for messages
	 * @return the run it records
	 * @throws BenchmarkFileException when it is not such a file or a required field is
	 * missing
	 */
	public static BenchmarkRun read(InputStream in, String fileName) {
		JsonNode root;
		try (in) {
			root = JSON.readTree(in);
		}
		catch (JacksonException | IOException ex) {
			throw new BenchmarkFileException(fileName + ": not a JSON document (" + ex.getMessage() + ")", ex);
		}
		if (root == null || !root.isObject() || !root.has("output_throughput")) {
			throw new BenchmarkFileException(
					fileName + ": not a vLLM bench serve result (field 'output_throughput' missing)");
		}
		long completed = whole(root, "completed", fileName);
		if (completed < 1) {
			throw new BenchmarkFileException(fileName + ", field 'completed': no request completed");
		}
		BigDecimal output = number(root, "output_throughput", fileName);
		BigDecimal total = number(root, "total_token_throughput", fileName);
		BigDecimal input = number(root, "input_throughput", fileName);
		if (total == null && input != null && output != null) {
			total = input.add(output);
		}
		BigDecimal requests = BigDecimal.valueOf(completed);
		return new BenchmarkRun(BenchmarkTool.VLLM, "serving", text(root, "model_id"), null, null,
				root.path("max_concurrency").isNumber() ? root.path("max_concurrency").intValue() : null,
				perRequest(root, "total_input_tokens", requests, fileName),
				perRequest(root, "total_output_tokens", requests, fileName), output, total,
				number(root, "request_throughput", fileName), latency(root, "ttft", "median", fileName),
				latency(root, "ttft", "p99", fileName), interToken(root, "median", fileName),
				interToken(root, "p99", fileName), latency(root, "e2el", "median", fileName),
				latency(root, "e2el", "p99", fileName), completed,
				root.has("failed") ? whole(root, "failed", fileName) : null, day(root, fileName));
	}

	private static BigDecimal interToken(JsonNode root, String statistic, String fileName) {
		BigDecimal itl = latency(root, "itl", statistic, fileName);
		return (itl != null) ? itl : latency(root, "tpot", statistic, fileName);
	}

	/** {@code median_ttft_ms} in ms, else {@code median_ttft} in seconds. */
	private static BigDecimal latency(JsonNode root, String metric, String statistic, String fileName) {
		BigDecimal milliseconds = number(root, statistic + "_" + metric + "_ms", fileName);
		if (milliseconds != null) {
			return milliseconds;
		}
		BigDecimal seconds = number(root, statistic + "_" + metric, fileName);
		return (seconds != null) ? seconds.multiply(THOUSAND) : null;
	}

	private static BigDecimal perRequest(JsonNode root, String field, BigDecimal requests, String fileName) {
		BigDecimal total = number(root, field, fileName);
		if (total == null) {
			throw new BenchmarkFileException(fileName + ", field '" + field + "': a value is required");
		}
		return total.divide(requests, MathContext.DECIMAL64);
	}

	private static BigDecimal number(JsonNode root, String field, String fileName) {
		JsonNode value = root.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isNumber()) {
			throw new BenchmarkFileException(
					fileName + ", field '" + field + "': not a number (value '" + value.asString() + "')");
		}
		BigDecimal number = value.decimalValue();
		if (number.signum() < 0) {
			throw new BenchmarkFileException(fileName + ", field '" + field + "': negative (" + number + ")");
		}
		return number;
	}

	private static long whole(JsonNode root, String field, String fileName) {
		BigDecimal value = number(root, field, fileName);
		if (value == null) {
			throw new BenchmarkFileException(fileName + ", field '" + field + "': a value is required");
		}
		return value.longValueExact();
	}

	private static String text(JsonNode root, String field) {
		JsonNode value = root.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	/** {@code "20260523-114606"}. */
	private static LocalDate day(JsonNode root, String fileName) {
		String date = text(root, "date");
		if (date == null) {
			return null;
		}
		try {
			return LocalDate.parse(date.substring(0, Math.min(8, date.length())), DATE);
		}
		catch (DateTimeParseException ex) {
			throw new BenchmarkFileException(fileName + ", field 'date': not yyyyMMdd-HHmmss (value '" + date + "')");
		}
	}

}
