package com.breakeven.ingestion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * Usage of one model by one project/team on one day, as an export reports it. Token
 * counts are {@code null} on cost-only rows and are never invented. Each token class is
 * counted once: {@code inputTokens} excludes cached, cache-write and audio tokens,
 * {@code outputTokens} audio tokens.
 *
 * @param usageDate the day (UTC)
 * @param providerId resolved seller, or {@code null} when unknown
 * @param rawProvider seller as the export names it
 * @param modelId resolved canonical model, or {@code null} when the name is unknown
 * @param rawModel model as the export names it
 * @param account billing account
 * @param project project
 * @param team team
 * @param application application
 * @param tagsJson the row's tags as a JSON object, or {@code null}
 * @param inputTokens uncached input tokens (text and image)
 * @param cachedInputTokens cache-read input tokens
 * @param cacheWriteTokens cache-write input tokens
 * @param outputTokens output tokens (text and image)
 * @param inputAudioTokens uncached audio input tokens, priced apart (OpenAI's
 * {@code input_audio_tokens})
 * @param outputAudioTokens audio output tokens (OpenAI's {@code output_audio_tokens})
 * @param requests requests
 * @param batch whether the batch API served it
 * @param billedCost cost as billed (cash basis)
 * @param effectiveCost cost after discounts and amortised commitments (FOCUS
 * EffectiveCost), never added to billed
 * @param listCost cost at list price
 * @param currency currency of every cost
 * @param kind what the row is evidence of
 * @param sourceFormat the export's format
 * @param sourceKey the export stream, whose later exports replace its days
 * @param rowKey identity of the row within its stream and day
 */
public record UsageDay(LocalDate usageDate, Long providerId, String rawProvider, Long modelId, String rawModel,
		String account, String project, String team, String application, String tagsJson, Long inputTokens,
		Long cachedInputTokens, Long cacheWriteTokens, Long outputTokens, Long inputAudioTokens, Long outputAudioTokens,
		Long requests, boolean batch, BigDecimal billedCost, BigDecimal effectiveCost, BigDecimal listCost,
		Currency currency, UsageKind kind, String sourceFormat, String sourceKey, String rowKey) {

	public UsageDay {
		Objects.requireNonNull(usageDate, "usageDate must not be null");
		Objects.requireNonNull(rawProvider, "rawProvider must not be null");
		Objects.requireNonNull(rawModel, "rawModel must not be null");
		Objects.requireNonNull(sourceFormat, "sourceFormat must not be null");
		Objects.requireNonNull(sourceKey, "sourceKey must not be null");
		Objects.requireNonNull(rowKey, "rowKey must not be null");
		Objects.requireNonNull(kind, "kind must not be null");
		if ((billedCost != null || effectiveCost != null || listCost != null) && currency == null) {
			throw new IllegalArgumentException("currency must be given with a cost");
		}
		requireNonNegative("inputTokens", inputTokens);
		requireNonNegative("cachedInputTokens", cachedInputTokens);
		requireNonNegative("cacheWriteTokens", cacheWriteTokens);
		requireNonNegative("outputTokens", outputTokens);
		requireNonNegative("inputAudioTokens", inputAudioTokens);
		requireNonNegative("outputAudioTokens", outputAudioTokens);
		requireNonNegative("requests", requests);
		if (billedCost == null && effectiveCost == null && inputTokens == null && outputTokens == null
				&& requests == null) {
			throw new IllegalArgumentException("a usage row needs a cost, a token count or a request count");
		}
	}

	/** A row without audio classes: every export but OpenAI's usage API. */
	public UsageDay(LocalDate usageDate, Long providerId, String rawProvider, Long modelId, String rawModel,
			String account, String project, String team, String application, String tagsJson, Long inputTokens,
			Long cachedInputTokens, Long cacheWriteTokens, Long outputTokens, Long requests, boolean batch,
			BigDecimal billedCost, BigDecimal effectiveCost, BigDecimal listCost, Currency currency, UsageKind kind,
			String sourceFormat, String sourceKey, String rowKey) {
		this(usageDate, providerId, rawProvider, modelId, rawModel, account, project, team, application, tagsJson,
				inputTokens, cachedInputTokens, cacheWriteTokens, outputTokens, null, null, requests, batch, billedCost,
				effectiveCost, listCost, currency, kind, sourceFormat, sourceKey, rowKey);
	}

	private static void requireNonNegative(String field, Long value) {
		if (value != null && value < 0) {
			throw new IllegalArgumentException(field + " must be >= 0, was " + value);
		}
	}

}
