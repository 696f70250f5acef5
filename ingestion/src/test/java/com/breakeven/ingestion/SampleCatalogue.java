package com.breakeven.ingestion;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

import com.breakeven.pricing.HardwareRepository;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.PriceRepository;
import com.breakeven.pricing.ProviderRepository;
import com.breakeven.pricing.QualityScoreRepository;

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

}
