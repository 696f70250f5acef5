package com.breakeven.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.breakeven.pricing.CatalogueImport;

import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.PriceRepository;
import com.breakeven.pricing.PriceReviewRepository;
import com.breakeven.pricing.ProviderRepository;
import com.breakeven.pricing.QualityScoreRepository;
import com.breakeven.pricing.feed.LiteLlmFeed;
import com.breakeven.pricing.feed.OpenRouterFeed;
import com.breakeven.pricing.feed.PriceFeed;

/**
 * Test fixture: the repositories over one database, with the shipped sample data loaded
 * (models, GPUs, hardware and hosting profiles, published throughput, quality scores).
 *
 * @param runs import runs
 * @param models models and aliases
 * @param hardware GPUs, nodes, hosting
 * @param throughput throughput measurements
 * @param quality quality scores
 * @param transactions the database's transaction manager
 */
public record SampleCatalogue(ImportRunRepository runs, ModelRepository models, HardwareRepository hardware,
		ThroughputRepository throughput, QualityScoreRepository quality, JdbcTransactionManager transactions) {

	public static SampleCatalogue loaded(DataSource dataSource, Clock clock) {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		SampleCatalogue catalogue = new SampleCatalogue(new ImportRunRepository(jdbc, clock),
				new ModelRepository(jdbc, clock), new HardwareRepository(jdbc, clock),
				new ThroughputRepository(jdbc, clock), new QualityScoreRepository(jdbc),
				new JdbcTransactionManager(dataSource));
		new SampleDataLoader(new ProviderRepository(jdbc, clock), catalogue.models(), new PriceRepository(jdbc, clock),
				catalogue.hardware(), catalogue.throughput(), catalogue.quality(), new UsageRepository(jdbc),
				catalogue.runs(), catalogue.transactions())
			.loadIfAbsent();
		return catalogue;
	}

	/**
	 * The sample data and the catalogue the application builds on its first start: the
	 * bundled LiteLLM (July 2026) and OpenRouter (August 2026) snapshots applied after
	 * it, some 1,300 models.
	 */
	public static SampleCatalogue withPriceFeeds(DataSource dataSource, Clock clock) {
		SampleCatalogue catalogue = loaded(dataSource, clock);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		CatalogueImport feeds = new CatalogueImport(new ProviderRepository(jdbc, clock), catalogue.models(),
				new PriceRepository(jdbc, clock), new PriceReviewRepository(jdbc, clock));
		apply(feeds, catalogue, new LiteLlmFeed(), "litellm_model_prices_and_context_window.json",
				LocalDate.of(2026, 7, 1));
		apply(feeds, catalogue, new OpenRouterFeed(), "openrouter_api_v1_models_output_modalities_all.json",
				LocalDate.of(2026, 8, 1));
		return catalogue;
	}

	private static void apply(CatalogueImport feeds, SampleCatalogue catalogue, PriceFeed feed, String file,
			LocalDate asOf) {
		String resource = SampleDataLoader.CLASSPATH_FOLDER + "feeds/" + file;
		try (InputStream in = SampleCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
			var reading = feed.read(in, resource);
			new TransactionTemplate(catalogue.transactions())
				.executeWithoutResult(status -> feeds.apply(reading, asOf, null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
