package com.breakeven.ingestion.throughput;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * NVIDIA GenAI-Perf's profile export, as JSON or CSV.
 * <ul>
 * <li>JSON ({@code profile_export_genai_perf.json}, and AIPerf's
 * {@code profile_export_aiperf.json} of the same shape): one object per metric
 * ({@code "time_to_first_token": {"unit": "ms", "avg": …, "p50": …, "p99": …}}) and the
 * run's {@code input_config}, which names the model and the concurrency.</li>
 * <li>CSV ({@code profile_export_genai_perf.csv}): a block of latency and length
 * statistics ({@code Metric,avg,min,max,p99,…,p50,…}), a blank line, and a block of
 * single values ({@code Metric,Value}) with the throughputs. Numbers carry thousands
 * separators ({@code "1,146.31"}). Metric names carry their unit, read from the name:
 * {@code Time To First Token (ms)}; older versions write lengths without one
 * ({@code Input Sequence Length}) and may time in {@code (ns)}. It names neither model
 * nor concurrency.</li>
 * </ul>
 * Neither names the hardware: it is asked for when the run is stored. Where a file has no
 * total token rate (GenAI-Perf writes none; AIPerf does) it is the output rate scaled by
 * the mean lengths: output tokens/s × (input + output tokens) ÷ output tokens, the same
 * requests and the same window.
 */
public final class GenAiPerfResult {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GenAiPerfResult() {
	}

	/**
	 * @param in the export
	 * @param fileName its name, for messages
	 * @return the run it records
	 */
	public static BenchmarkRun read(InputStream in, String fileName) {
		String text;
		try (in) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + fileName, ex);
		}
		if (text.stripLeading().startsWith("{")) {
			return readJson(text, fileName);
		}
		Map<String, Map<String, String>> statistics = new HashMap<>();
		for (String block : text.split("\n\\s*\n")) {
			if (block.isBlank()) {
				continue;
			}
			try (CSVParser parser = CSVParser.parse(new StringReader(block.strip()),
					CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
				for (CSVRecord record : parser) {
					statistics.put(record.get("Metric"), record.toMap());
				}
			}
			catch (IOException | IllegalArgumentException ex) {
				throw new BenchmarkFileException(fileName + ": not a GenAI-Perf CSV block (" + ex.getMessage() + ")",
						ex);
			}
		}
		Reader read = new Reader(statistics, fileName);
		BigDecimal completed = read.optional("Request Count", "Value");
		BigDecimal input = read.required("Input Sequence Length", "avg");
		BigDecimal output = read.required("Output Sequence Length", "avg");
		BigDecimal outputRate = read.required("Output Token Throughput", "Value");
		BigDecimal totalRate = read.optional("Total Token Throughput", "Value");
		return new BenchmarkRun(BenchmarkTool.GENAI_PERF, "serving", null, null, null, null, input, output, outputRate,
				(totalRate != null) ? totalRate : totalRate(outputRate, input, output),
				read.optional("Request Throughput", "Value"), read.optional("Time To First Token", "p50"),
				read.optional("Time To First Token", "p99"), read.optional("Inter Token Latency", "p50"),
				read.optional("Inter Token Latency", "p99"), read.optional("Request Latency", "p50"),
				read.optional("Request Latency", "p99"), (completed != null) ? completed.longValue() : null, null,
				null);
	}

	/**
	 * Input and output tokens per second from the output rate and the mean lengths of the
	 * same requests: output tokens/s × (input + output) ÷ output; {@code null} when no
	 * output was generated.
	 */
	static BigDecimal totalRate(BigDecimal outputTokensPerSecond, BigDecimal inputTokens, BigDecimal outputTokens) {
		if (outputTokens.signum() == 0) {
			return null;
		}
		return outputTokensPerSecond.multiply(inputTokens.add(outputTokens))
			.divide(outputTokens, MathContext.DECIMAL64);
	}

	private static BenchmarkRun readJson(String text, String fileName) {
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			throw new BenchmarkFileException(fileName + ": not JSON (" + ex.getOriginalMessage() + ")", ex);
		}
		BigDecimal completed = metric(root, "request_count", "avg", fileName);
		BigDecimal failed = metric(root, "error_request_count", "avg", fileName);
		BigDecimal input = requiredMetric(root, "input_sequence_length", "avg", fileName);
		BigDecimal output = requiredMetric(root, "output_sequence_length", "avg", fileName);
		BigDecimal outputRate = requiredMetric(root, "output_token_throughput", "avg", fileName);
		BigDecimal totalRate = metric(root, "total_token_throughput", "avg", fileName);
		return new BenchmarkRun(BenchmarkTool.GENAI_PERF, "serving", model(root.path("input_config")), null, null,
				concurrency(root.path("input_config"), fileName), input, output, outputRate,
				(totalRate != null) ? totalRate : totalRate(outputRate, input, output),
				metric(root, "request_throughput", "avg", fileName),
				metric(root, "time_to_first_token", "p50", fileName),
				metric(root, "time_to_first_token", "p99", fileName),
				metric(root, "inter_token_latency", "p50", fileName),
				metric(root, "inter_token_latency", "p99", fileName), metric(root, "request_latency", "p50", fileName),
				metric(root, "request_latency", "p99", fileName), (completed != null) ? completed.longValue() : null,
				(failed != null) ? failed.longValue() : null, startDay(root));
	}

	private static BigDecimal requiredMetric(JsonNode root, String metric, String statistic, String fileName) {
		BigDecimal value = metric(root, metric, statistic, fileName);
		if (value == null) {
			throw new BenchmarkFileException(
					fileName + ", metric '" + metric + "', field '" + statistic + "': a value is required");
		}
		return value;
	}

	/**
	 * A statistic of a metric, latencies converted to milliseconds from the metric's
	 * unit.
	 */
	private static BigDecimal metric(JsonNode root, String metric, String statistic, String fileName) {
		JsonNode node = root.path(metric).path(statistic);
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (!node.isNumber()) {
			throw new BenchmarkFileException(
					fileName + ", metric '" + metric + "', field '" + statistic + "': not a number: " + node);
		}
		BigDecimal value = node.decimalValue();
		String unit = root.path(metric).path("unit").asString("");
		return switch (unit) {
			case "ns" -> value.movePointLeft(6);
			case "us" -> value.movePointLeft(3);
			case "s", "sec" -> (metric.endsWith("throughput")) ? value : value.movePointRight(3);
			default -> value;
		};
	}

	/**
	 * GenAI-Perf writes {@code "model": ["name"]}; AIPerf {@code "models": {"items":
	 * [{"name": …}]}}.
	 */
	private static String model(JsonNode config) {
		JsonNode model = config.path("model");
		if (model.isArray() && !model.isEmpty()) {
			return model.get(0).asString();
		}
		if (model.isString()) {
			return model.asString();
		}
		JsonNode item = config.path("models").path("items").path(0).path("name");
		return item.isString() ? item.asString() : null;
	}

	private static Integer concurrency(JsonNode config, String fileName) {
		for (JsonNode candidate : new JsonNode[] { config.path("concurrency"),
				config.path("loadgen").path("concurrency"),
				config.path("perf_analyzer").path("stimulus").path("concurrency") }) {
			if (candidate.isIntegralNumber()) {
				if (candidate.intValue() < 1) {
					throw new BenchmarkFileException(
							fileName + ", field 'input_config.concurrency': must be >= 1, was " + candidate);
				}
				return candidate.intValue();
			}
		}
		return null;
	}

	private static LocalDate startDay(JsonNode root) {
		String start = root.path("start_time").asString("");
		return (start.length() >= 10) ? LocalDate.parse(start.substring(0, 10)) : null;
	}

	/**
	 * The CSV's statistics by metric name without its unit ({@code Time To First Token}
	 * for {@code Time To First Token (ms)}); times converted to milliseconds from the
	 * unit the name carries.
	 */
	private record Reader(Map<String, Map<String, String>> statistics, String fileName) {

		/** {@code Name (unit)}. */
		private static final Pattern UNIT = Pattern.compile("(.*?)\\s*\\(([^)]*)\\)");

		BigDecimal required(String metric, String column) {
			BigDecimal value = optional(metric, column);
			if (value == null) {
				throw new BenchmarkFileException(
						this.fileName + ", metric '" + metric + "', column '" + column + "': a value is required");
			}
			return value;
		}

		BigDecimal optional(String metric, String column) {
			for (Map.Entry<String, Map<String, String>> entry : this.statistics.entrySet()) {
				Matcher named = UNIT.matcher(entry.getKey().strip());
				String name = named.matches() ? named.group(1) : entry.getKey().strip();
				if (name.equalsIgnoreCase(metric)) {
					return value(entry.getKey(), named.matches() ? named.group(2) : "", entry.getValue(), column);
				}
			}
			return null;
		}

		private BigDecimal value(String metric, String unit, Map<String, String> row, String column) {
			String value = row.get(column);
			if (value == null || value.isBlank()) {
				return null;
			}
			BigDecimal number;
			try {
				number = new BigDecimal(value.replace(",", "").trim());
			}
			catch (NumberFormatException ex) {
				throw new BenchmarkFileException(this.fileName + ", metric '" + metric + "', column '" + column
						+ "': not a number (value '" + value + "')");
			}
			return switch (unit) {
				case "ns" -> number.movePointLeft(6);
				case "us" -> number.movePointLeft(3);
				case "s", "sec" -> number.movePointRight(3);
				default -> number;
			};
		}

	}

}
