package com.breakeven.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Price feed settings ({@code breakeven.pricing.*}).
 *
 * @param timeout longest wait for a feed URL to connect and to answer
 * @param maxRefusedShare share of refused feed entries above which an import fails whole
 * (0.02 = 2 %)
 * @param refreshCron when both feeds are refreshed (Spring cron, UTC); {@code -} disables
 * the refresh
 * @param litellmUrl where the LiteLLM price map is fetched
 * @param openrouterUrl where the OpenRouter models API is fetched
 */
@ConfigurationProperties("breakeven.pricing")
record PricingSettings(@DefaultValue("30s") Duration timeout, @DefaultValue("0.02") double maxRefusedShare,
		@DefaultValue("0 0 5 * * *") String refreshCron,
		@DefaultValue("https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json") String litellmUrl,
		@DefaultValue("https://openrouter.ai/api/v1/models?output_modalities=all") String openrouterUrl) {

}
