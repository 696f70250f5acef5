package com.breakeven.web;

import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import com.breakeven.ingestion.FxRates;
import com.breakeven.ingestion.PriceFeedImports;
import com.breakeven.ingestion.SampleDataLoader;
import com.breakeven.ingestion.SourceDocument;
import com.breakeven.ingestion.quality.QualityImports;
import com.breakeven.pricing.feed.LiteLlmFeed;
import com.breakeven.pricing.feed.OpenRouterFeed;

/**
 * Loads the sample data on the first start of an empty database, then imports the bundled
 * snapshots of both public price feeds through the real import job, so the catalogue is
 * the market as it stood in mid-2026, and then LMArena's leaderboard, whose keys map to
 * the models the feeds catalogued, and the ECB's euro reference rates, so amounts convert
 * to another reporting currency out of the box. Later starts find the sample data and do
 * nothing.
 */
@Component
class SampleDataOnFirstStart implements ApplicationRunner {

	/**
	 * The LiteLLM snapshot is from mid-2026; the sample treats its prices as valid from
	 * July.
	 */
	static final LocalDate LITELLM_SNAPSHOT_DATE = LocalDate.of(2026, 7, 1);

	/** The OpenRouter snapshot was taken in August 2026. */
	static final LocalDate OPENROUTER_SNAPSHOT_DATE = LocalDate.of(2026, 8, 1);

	/**
	 * The date of the bundled LMArena leaderboard (lmarena/arena-catalog commit
	 * c9558b60); the file itself carries none.
	 */
	static final LocalDate LMARENA_LEADERBOARD_DATE = LocalDate.of(2025, 12, 11);

	private final SampleDataLoader loader;

	private final PriceFeedImports priceFeeds;

	private final QualityImports quality;

	private final FxRates rates;

	private final FxSettings fx;

	private final SampleDataProperties properties;

	SampleDataOnFirstStart(SampleDataLoader loader, PriceFeedImports priceFeeds, QualityImports quality, FxRates rates,
			FxSettings fx, SampleDataProperties properties) {
		this.loader = loader;
		this.priceFeeds = priceFeeds;
		this.quality = quality;
		this.rates = rates;
		this.fx = fx;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.enabled() && this.loader.loadIfAbsent().loaded()) {
			this.priceFeeds.run(LiteLlmFeed.CODE,
					SourceDocument.CLASSPATH + SampleDataLoader.CLASSPATH_FOLDER
							+ "feeds/litellm_model_prices_and_context_window.json",
					LITELLM_SNAPSHOT_DATE, "sample-data");
			this.priceFeeds.run(OpenRouterFeed.CODE,
					SourceDocument.CLASSPATH + SampleDataLoader.CLASSPATH_FOLDER
							+ "feeds/openrouter_api_v1_models_output_modalities_all.json",
					OPENROUTER_SNAPSHOT_DATE, "sample-data");
			this.quality.importSource("lmarena", SourceDocument.CLASSPATH + SampleDataLoader.CLASSPATH_FOLDER
					+ "quality/lmarena-leaderboard-text.json", null, LMARENA_LEADERBOARD_DATE, "sample-data");
			this.rates.importEcb(SourceDocument.CLASSPATH + SampleDataLoader.CLASSPATH_FOLDER + "fx/eurofxref-hist.csv",
					this.fx.timeout(), "sample-data");
		}
	}

}
