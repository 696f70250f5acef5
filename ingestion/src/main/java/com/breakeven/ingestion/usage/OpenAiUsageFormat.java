package com.breakeven.ingestion.usage;

import java.io.InputStream;
import java.time.LocalDate;

import tools.jackson.databind.JsonNode;

import com.breakeven.ingestion.UsageDay;
import com.breakeven.ingestion.UsageKind;

/**
 * OpenAI's completions usage API ({@code GET /v1/organization/usage/completions}), one
 * page per file. OpenAI's {@code input_tokens} <em>includes</em> cached and cache-write
 * tokens: the uncached count is {@code input_uncached_tokens} when present, else input −
 * cached − cache write, so each class is counted once. A row is identified by its bucket
 * start and group-by dimensions (model, project, API key, batch, service tier).
 */
public class OpenAiUsageFormat implements UsageFormat {

	public static final String CODE = "openai-usage";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public String column(String field) {
		return switch (field) {
			case "date" -> "start_time";
			default -> field;
		};
	}

	@Override
	public UsageLines open(InputStream in, String fileName) {
		return new BucketedJsonLines(in, fileName, OpenAiUsageFormat::line);
	}

	static UsageLine line(JsonNode bucket, JsonNode result, long line, String fileName) {
		LocalDate day = BucketedJsonLines.bucketDay(bucket, line, fileName);
		JsonNode start = bucket.get("start_time");
		Long input = BucketedJsonLines.count(result, "input_tokens", line, fileName);
		Long cached = BucketedJsonLines.count(result, "input_cached_tokens", line, fileName);
		Long cacheWrite = BucketedJsonLines.count(result, "input_cache_write_tokens", line, fileName);
		Long uncached = BucketedJsonLines.count(result, "input_uncached_tokens", line, fileName);
		if (uncached == null && input != null) {
			uncached = input - zero(cached) - zero(cacheWrite);
		}
		String model = BucketedJsonLines.text(result, "model");
		String project = BucketedJsonLines.text(result, "project_id");
		boolean batch = result.path("batch").asBoolean(false);
		String rowKey = String.join("|", "b" + ((start != null) ? start.asString() : day.toString()),
				String.valueOf(model), String.valueOf(project),
				String.valueOf(BucketedJsonLines.text(result, "api_key_id")), String.valueOf(batch),
				String.valueOf(BucketedJsonLines.text(result, "service_tier")));
		return new UsageLine.Accepted(line,
				new UsageDay(day, null, "openai", null, (model != null) ? model : "(all models)", project, project,
						null, null, null, uncached, cached, cacheWrite,
						BucketedJsonLines.count(result, "output_tokens", line, fileName),
						BucketedJsonLines.count(result, "num_model_requests", line, fileName), batch, null, null, null,
						null, UsageKind.USAGE, CODE, CODE, rowKey));
	}

	private static long zero(Long value) {
		return (value != null) ? value : 0;
	}

}
