package com.breakeven.ingestion.throughput;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * NVIDIA GenAI-Perf's profile export CSV ({@code profile_export_genai_perf.csv}): a block
 * of latency and length statistics ({@code Metric,avg,min,max,p99,…,p50,…}), a blank
 * line, and a block of single values ({@code Metric,Value}) with the throughputs. Numbers
 * carry thousands separators ({@code "1,146.31"}). The file names neither model,
 * concurrency nor hardware: they are asked for when the run is stored.
 */
public final class GenAiPerfResult {

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
		BigDecimal completed = read.optional("Request Count (count)", "Value");
		return new BenchmarkRun(BenchmarkTool.GENAI_PERF, "serving", null, null, null, null,
				read.required("Input Sequence Length (tokens)", "avg"),
				read.required("Output Sequence Length (tokens)", "avg"),
				read.required("Output Token Throughput (per sec)", "Value"), null,
				read.optional("Request Throughput (per sec)", "Value"),
				read.optional("Time To First Token (ms)", "p50"), read.optional("Time To First Token (ms)", "p99"),
				read.optional("Inter Token Latency (ms)", "p50"), read.optional("Inter Token Latency (ms)", "p99"),
				read.optional("Request Latency (ms)", "p50"), read.optional("Request Latency (ms)", "p99"),
				(completed != null) ? completed.longValue() : null, null, null);
	}

	private record Reader(Map<String, Map<String, String>> statistics, String fileName) {

		BigDecimal required(String metric, String column) {
			BigDecimal value = optional(metric, column);
			if (value == null) {
				throw new BenchmarkFileException(
						this.fileName + ", metric '" + metric + "', column '" + column + "': a value is required");
			}
			return value;
		}

		BigDecimal optional(String metric, String column) {
			Map<String, String> row = this.statistics.get(metric);
			String value = (row != null) ? row.get(column) : null;
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return new BigDecimal(value.replace(",", "").trim());
			}
			catch (NumberFormatException ex) {
				throw new BenchmarkFileException(this.fileName + ", metric '" + metric + "', column '" + column
						+ "': not a number (value '" + value + "')");
			}
		}

	}

}
