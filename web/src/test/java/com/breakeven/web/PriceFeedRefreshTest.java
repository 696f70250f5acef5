package com.breakeven.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;

import com.breakeven.ingestion.PriceFeedImports;
import com.breakeven.pricing.feed.LiteLlmFeed;
import com.breakeven.pricing.feed.OpenRouterFeed;

class PriceFeedRefreshTest {

	@Test
	void aFeedWhoseJobCannotStart_doesNotSkipTheOther() {
		PriceFeedImports imports = mock(PriceFeedImports.class);
		when(imports.run(eq(LiteLlmFeed.CODE), any(), any(), any()))
			.thenThrow(new CannotAcquireLockException("could not serialize access"));
		PricingSettings settings = new PricingSettings(Duration.ofSeconds(30), 0.02, "-", "litellm.json",
				"openrouter.json");

		new PriceFeedRefresh(imports, settings).refreshBothFeeds();

		verify(imports).run(OpenRouterFeed.CODE, "openrouter.json", null, "schedule");
	}

}
