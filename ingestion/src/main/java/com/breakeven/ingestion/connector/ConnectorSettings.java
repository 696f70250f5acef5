package com.breakeven.ingestion.connector;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the usage connectors.
 *
 * @param openaiUrl OpenAI's API root ({@code https://api.openai.com})
 * @param anthropicUrl Anthropic's API root ({@code https://api.anthropic.com})
 * @param backfillDays complete days a new connector's first pull reaches back, unless the
 * connector names its own
 * @param restateDays complete days before the cursor pulled again on each pull (late
 * usage the providers restate)
 * @param spoolDirectory where pulled pages wait for their import (each is deleted once
 * imported)
 * @param staleAfter how long a pull may hold a connector's lease before another instance
 * takes it over as left by a dead process
 */
public record ConnectorSettings(URI openaiUrl, URI anthropicUrl, int backfillDays, int restateDays, Path spoolDirectory,
		Duration staleAfter) {

	/** The longest backfill a connector may ask for (ten years, as the schema allows). */
	public static final int MAX_BACKFILL_DAYS = 3660;

	public ConnectorSettings {
		Objects.requireNonNull(openaiUrl, "openaiUrl must not be null");
		Objects.requireNonNull(anthropicUrl, "anthropicUrl must not be null");
		if (backfillDays < 1 || backfillDays > MAX_BACKFILL_DAYS) {
			throw new IllegalArgumentException(
					"backfillDays must be 1 to " + MAX_BACKFILL_DAYS + ", was " + backfillDays);
		}
		if (restateDays < 0) {
			throw new IllegalArgumentException("restateDays must be >= 0, was " + restateDays);
		}
		Objects.requireNonNull(spoolDirectory, "spoolDirectory must not be null");
		if (staleAfter == null || staleAfter.isNegative() || staleAfter.isZero()) {
			throw new IllegalArgumentException("staleAfter must be > 0, was " + staleAfter);
		}
	}

	/**
	 * @return the API root of the provider
	 */
	URI baseUrl(ConnectorProvider provider) {
		return (provider == ConnectorProvider.OPENAI) ? this.openaiUrl : this.anthropicUrl;
	}

}
