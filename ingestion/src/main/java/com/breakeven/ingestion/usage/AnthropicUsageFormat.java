package com.breakeven.ingestion.usage;

import java.io.InputStream;
import java.time.LocalDate;

import tools.jackson.databind.JsonNode;

import com.breakeven.ingestion.UsageDay;
import com.breakeven.ingestion.UsageKind;

/**
 * Anthropic's messages usage report (Admin API
 * {@code /v1/organizations/usage_report/messages}), one page per file. Token classes are
 * already apart: {@code uncached_input_tokens}, {@code cache_read_input_tokens}, cache
 * writes in {@code cache_creation} (5-minute and 1-hour, added), {@code output_tokens}.
 * Workspaces are the accounts. A row is identified by its bucket start and group-by
 * dimensions.
 */
public class AnthropicUsageFormat implements UsageFormat {

	public static final String CODE = "anthropic-usage";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public String column(String field) {
		return switch (field) {
			case "date" -> "starting_at";
			default -> field;
		};
	}

	@Override
	public UsageLines open(InputStream in, String fileName) {
		return new BucketedJsonLines(in, fileName, AnthropicUsageFormat::line);
	}

	static UsageLine line(JsonNode bucket, JsonNode result, long line, String fileName) {
		LocalDate day = BucketedJsonLines.bucketDay(bucket, line, fileName);
		String start = BucketedJsonLines.text(bucket, "starting_at");
		JsonNode creation = result.path("cache_creation");
		if (!creation.isMissingNode() && !creation.isNull() && !creation.isObject()) {
			// its cache-write tokens would be lost without a word
			throw BucketedJsonLines.refusal(fileName, line, "cache_creation", creation.toString(),
					"is not an object of cache-write token counts (ephemeral_5m_input_tokens,"
							+ " ephemeral_1h_input_tokens)");
		}
		Long fiveMinutes = BucketedJsonLines.count(creation, "ephemeral_5m_input_tokens",
				"cache_creation.ephemeral_5m_input_tokens", line, fileName);
		Long oneHour = BucketedJsonLines.count(creation, "ephemeral_1h_input_tokens",
				"cache_creation.ephemeral_1h_input_tokens", line, fileName);
		Long cacheWrite = (fiveMinutes == null && oneHour == null) ? null : sum(fiveMinutes, oneHour, line, fileName);
		String model = BucketedJsonLines.text(result, "model");
		String workspace = BucketedJsonLines.text(result, "workspace_id");
		String rowKey = String.join("|", start, String.valueOf(model), String.valueOf(workspace),
				String.valueOf(BucketedJsonLines.text(result, "api_key_id")),
				String.valueOf(BucketedJsonLines.text(result, "service_tier")),
				String.valueOf(BucketedJsonLines.text(result, "context_window")));
		return new UsageLine.Accepted(line,
				new UsageDay(day, null, "anthropic", null, (model != null) ? model : "(all models)", workspace, null,
						null, null, null, BucketedJsonLines.count(result, "uncached_input_tokens", line, fileName),
						BucketedJsonLines.count(result, "cache_read_input_tokens", line, fileName), cacheWrite,
						BucketedJsonLines.count(result, "output_tokens", line, fileName), null, false, null, null, null,
						null, UsageKind.USAGE, CODE, CODE, rowKey));
	}

	private static long sum(Long fiveMinutes, Long oneHour, long line, String fileName) {
		try {
			return Math.addExact((fiveMinutes != null) ? fiveMinutes : 0, (oneHour != null) ? oneHour : 0);
		}
		catch (ArithmeticException ex) {
			throw BucketedJsonLines.refusal(fileName, line, "cache_creation", fiveMinutes + " + " + oneHour,
					"the cache-write tokens add up to more than the largest count stored, " + Long.MAX_VALUE);
		}
	}

}
