package com.breakeven.ingestion.prices;

import java.time.LocalDate;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.PriceFeedImportProperties;
import com.breakeven.ingestion.ImportRunRepository;
import com.breakeven.ingestion.ImportStatus;
import com.breakeven.pricing.CatalogueImport;

/**
 * The price-feed import job: one step that imports one feed document. The step is not
 * transactional itself: the importer runs the catalogue change in its own transaction and
 * records a failed run in another, so a failure never loses its explanation.
 */
@Configuration(proxyBeanMethods = false)
public class PriceFeedImportJobConfiguration {

	/** Name of the job in Spring Batch's repository. */
	public static final String JOB_NAME = "priceFeedImport";

	/** Step execution-context key holding the import run's id. */
	public static final String IMPORT_RUN_ID = "importRunId";

	@Bean
	PriceFeedImporter priceFeedImporter(CatalogueImport catalogueImport, ImportRunRepository runs,
			PlatformTransactionManager transactionManager, PriceFeedImportProperties properties) {
		return new PriceFeedImporter(catalogueImport, runs, transactionManager, properties);
	}

	@Bean
	Job priceFeedImportJob(JobRepository jobRepository, Step importPriceFeedStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(importPriceFeedStep).build();
	}

	@Bean
	Step importPriceFeedStep(JobRepository jobRepository, Tasklet importPriceFeedTasklet) {
		return new StepBuilder("importPriceFeed", jobRepository)
			.tasklet(importPriceFeedTasklet, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	@StepScope
	Tasklet importPriceFeedTasklet(PriceFeedImporter importer, @Value("#{jobParameters['feed']}") String feed,
			@Value("#{jobParameters['source']}") String source, @Value("#{jobParameters['asOf']}") String asOf,
			@Value("#{jobParameters['triggeredBy']}") String triggeredBy) {
		return (contribution, chunkContext) -> {
			ImportRun run = importer.importFeed(feed, source, LocalDate.parse(asOf), triggeredBy);
			chunkContext.getStepContext().getStepExecution().getExecutionContext().putLong(IMPORT_RUN_ID, run.id());
			contribution.incrementReadCount();
			if (run.status() != ImportStatus.COMPLETED) {
				throw new IllegalStateException("price feed import failed: " + run.message());
			}
			return RepeatStatus.FINISHED;
		};
	}

}
