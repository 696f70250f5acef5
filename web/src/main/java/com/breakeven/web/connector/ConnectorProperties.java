package com.breakeven.web.connector;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Usage connector settings ({@code breakeven.connectors.*}).
 *
 * @param pullCron when the schedule pulls every connector that is not paused (UTC;
 * {@code -} turns the schedule off)
 * @param openaiUrl OpenAI's API root
 * @param anthropicUrl Anthropic's API root
 * @param backfillDays complete days a new connector's first pull reaches back
 * @param restateDays complete days before the cursor pulled again on each pull
 * @param maxAttempts requests per page, the first included, before a pull stops on a 429
 * or 5xx
 * @param firstRetryDelay the wait before the first retry when the provider names none
 * ({@code Retry-After})
 * @param maxRetryDelay the longest wait between two requests
 * @param requestTimeout how long one request may take
 * @param spoolDirectory where pulled pages wait for their import
 * @param staleAfter how long a pull may hold a connector before another instance takes it
 * over
 */
@ConfigurationProperties("breakeven.connectors")
record ConnectorProperties(@DefaultValue("0 20 * * * *") String pullCron,
		@DefaultValue("https://api.openai.com") URI openaiUrl,
		@DefaultValue("https://api.anthropic.com") URI anthropicUrl, @DefaultValue("90") int backfillDays,
		@DefaultValue("2") int restateDays, @DefaultValue("6") int maxAttempts,
		@DefaultValue("2s") Duration firstRetryDelay, @DefaultValue("2m") Duration maxRetryDelay,
		@DefaultValue("60s") Duration requestTimeout, @DefaultValue("data/connectors") Path spoolDirectory,
		@DefaultValue("2h") Duration staleAfter) {

}
