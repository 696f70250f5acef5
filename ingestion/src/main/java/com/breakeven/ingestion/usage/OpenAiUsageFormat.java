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
 * cached − cache write, so each class is counted once. Audio tokens are classes of their
 * own, priced apart: {@code input_audio_tokens} (uncached audio input, in the schema's
 * words) is taken out of the uncached input and {@code output_audio_tokens} out of the
 * output; cached audio stays among the cached tokens, image tokens with the text. A row
 * is identified by its bucket start and group-by dimensions (model, project, API key,
 * batch, service tier).
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
		Long audioInput = BucketedJsonLines.count(result, "input_audio_tokens", line, fileName);
		Long audioOutput = BucketedJsonLines.count(result, "output_audio_tokens", line, fileName);
		Long output = BucketedJsonLines.count(result, "output_tokens", line, fileName);
		Long textInput = without(uncached, audioInput, "input_audio_tokens", "the uncached input tokens", line,
				fileName);
		Long textOutput = without(output, audioOutput, "output_audio_tokens", "output_tokens", line, fileName);
		String model = BucketedJsonLines.text(result, "model");
		String project = BucketedJsonLines.text(result, "project_id");
		boolean batch = result.path("batch").asBoolean(false);
		String rowKey = String.join("|", "b" + ((start != null) ? start.asString() : day.toString()),
				String.valueOf(model), String.valueOf(project),
				String.valueOf(BucketedJsonLines.text(result, "api_key_id")), String.valueOf(batch),
				String.valueOf(BucketedJsonLines.text(result, "service_tier")));
		return new UsageLine.Accepted(line,
				new UsageDay(day, null, "openai", null, (model != null) ? model : "(all models)", project, project,
						null, null, null, textInput, cached, cacheWrite, textOutput, audioInput, audioOutput,
						BucketedJsonLines.count(result, "num_model_requests", line, fileName), batch, null, null, null,
						null, UsageKind.USAGE, CODE, CODE, rowKey));
	}

	/**
	 * @return the total less its audio part; the total when either is not reported
	 * @throws Refusal when the audio part exceeds the total it is part of
	 */
	private static Long without(Long total, Long audio, String audioField, String totalName, long line,
			String fileName) {
		if (total == null || audio == null) {
			return total;
		}
		if (audio > total) {
			throw BucketedJsonLines.refusal(fileName, line, audioField, audio.toString(),
					"exceeds " + totalName + " (" + total + ") it is part of");
		}
		return total - audio;
	}

	private static long zero(Long value) {
		return (value != null) ? value : 0;
	}

}
