package com.breakeven.ingestion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import com.breakeven.ingestion.prices.PriceFeedImportJobConfiguration;

/**
 * Runs the price-feed import job (Spring Batch, so every run is in the job repository)
 * and answers with the import run it produced.
 */
@Service
public class PriceFeedImports {

	private final JobOperator jobOperator;

	private final Job job;

	private final ImportRunRepository runs;

	private final Clock clock;

	public PriceFeedImports(JobOperator jobOperator, @Qualifier("priceFeedImportJob") Job job, ImportRunRepository runs,
			Clock clock) {
		this.jobOperator = jobOperator;
		this.job = job;
		this.runs = runs;
		this.clock = clock;
	}

	/**
	 * @param feed {@code litellm}, {@code openrouter} or {@code manual}
	 * @param source file path or URL
	 * @param asOf the day the prices take effect, or {@code null} for today (UTC)
	 * @param triggeredBy who asked
	 * @return the import run, COMPLETED or FAILED with its reason
	 */
	public ImportRun run(String feed, String source, LocalDate asOf, String triggeredBy) {
		LocalDate day = (asOf != null) ? asOf : LocalDate.now(this.clock);
		JobParameters parameters = new JobParametersBuilder().addString("feed", feed)
			.addString("source", source)
			.addString("asOf", day.toString())
			.addString("triggeredBy", triggeredBy)
			// one job instance per launch, even for two launched in the same millisecond
			.addString("launch", UUID.randomUUID().toString())
			.toJobParameters();
		try {
			JobExecution execution = this.jobOperator.start(this.job, parameters);
			long runId = execution.getStepExecutions()
				.stream()
				.filter(step -> step.getExecutionContext().containsKey(PriceFeedImportJobConfiguration.IMPORT_RUN_ID))
				.mapToLong(step -> step.getExecutionContext().getLong(PriceFeedImportJobConfiguration.IMPORT_RUN_ID))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("price feed job " + execution.getId() + " ended "
						+ execution.getStatus() + " without an import run: " + execution.getAllFailureExceptions()));
			return this.runs.find(runId).orElseThrow();
		}
		catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException
				| org.springframework.batch.core.launch.JobRestartException
				| org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException
				| org.springframework.batch.core.job.parameters.InvalidJobParametersException ex) {
			throw new IllegalStateException("cannot start the price feed job: " + ex.getMessage(), ex);
		}
	}

}
