package com.breakeven.web.recommendation;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.breakeven.pricing.feed.FeedReading;
import com.breakeven.pricing.feed.LiteLlmFeed;
import com.breakeven.web.LiteLlmConfigs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route of every model the shipped LiteLLM price map prices is one LiteLLM routes:
 * what the routing file can name for any seller of the catalogue.
 */
class LiteLlmRoutesTests {

	private static final String FEED = "sample-data/feeds/litellm_model_prices_and_context_window.json";

	@Test
	void route_ofEveryPricedEntryOfTheShippedFeedStartsWithAProviderLiteLlmKnows() throws IOException {
		FeedReading reading;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(FEED)) {
			reading = new LiteLlmFeed().read(in, FEED);
		}
		Set<String> providers = LiteLlmConfigs.providers();

		assertThat(reading.entries()).hasSizeGreaterThan(2300).allSatisfy(entry -> {
			String route = LiteLlmFeed.route(entry.sellerCode(), entry.key());
			assertThat(route).as(entry.key())
				.endsWith(entry.key().substring(entry.key().indexOf('/') + 1))
				.doesNotContain(" ");
			assertThat(providers).as(route).contains(route.substring(0, route.indexOf('/')));
		});
	}

}
