package com.breakeven.ingestion.usage;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.breakeven.ingestion.ImportCounts;
import com.breakeven.ingestion.ImportKind;
import com.breakeven.ingestion.ImportRun;
import com.breakeven.ingestion.ImportRunRepository;
import com.breakeven.ingestion.ImportStatus;
import com.breakeven.ingestion.RowFailure;
import com.breakeven.ingestion.UsageImportProperties;
import com.breakeven.pricing.ModelRepository;
import com.breakeven.pricing.ProviderRepository;

/**
 * The usage import job, three steps:
 * <ol>
 * <li>{@code beginUsageImport}: opens the import run, or - when the same bytes were
 * imported before - records a no-op run;</li>
 * <li>{@code stageUsage}: streams the file in committed chunks into staging and
 * quarantine; restartable from the last committed chunk after a crash;</li>
 * <li>{@code publishUsage}: in one transaction, either replaces the partitions the file
 * covers with its rows and claims the file's checksum, or - above the bad-row share -
 * drops everything the file brought.</li>
 * </ol>
 * No skip policy: a row is either refused by the format (and quarantined, counted) or the
 * step fails; nothing vanishes.
 */
@Configuration(proxyBeanMethods = false)
public class UsageImportJobConfiguration {

	/** Name of the job in Spring Batch's repository. */
	public static final String JOB_NAME = "usageImport";

	/** Job execution-context keys. */
	public static final String RUN_ID = "usage.runId";

	/** The step whose read count is the import's progress. */
	public static final String STAGE_STEP = "stageUsage";

	/** The step that replaces the file's days with its staged rows. */
	public static final String PUBLISH_STEP = "publishUsage";

	static final String NO_OP = "usage.noOp";

	@Bean
	UsageStaging usageStaging(JdbcTemplate jdbcTemplate) {
		return new UsageStaging(jdbcTemplate);
	}

	@Bean
	Job usageImportJob(JobRepository jobRepository, Step beginUsageImport, Step stageUsage, Step publishUsage,
			ImportRunRepository runs, UsageStaging staging) {
		return new JobBuilder(JOB_NAME, jobRepository).start(beginUsageImport)
			.next(stageUsage)
			.next(publishUsage)
			.listener(new UsageImportFailures(runs, staging, jobRepository))
			.build();
	}

	@Bean
	Step beginUsageImport(JobRepository jobRepository, Tasklet beginUsageImportTasklet,
			PlatformTransactionManager transactionManager) {
		return new StepBuilder("beginUsageImport", jobRepository).tasklet(beginUsageImportTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	Tasklet beginUsageImportTasklet(ImportRunRepository runs, @Value("#{jobParameters['format']}") String format,
			@Value("#{jobParameters['file']}") String file, @Value("#{jobParameters['sha256']}") String sha256,
			@Value("#{jobParameters['triggeredBy']}") String triggeredBy) {
		return (contribution, chunkContext) -> {
			ExecutionContext job = chunkContext.getStepContext()
				.getStepExecution()
				.getJobExecution()
				.getExecutionContext();
			long runId = runs.start(ImportKind.USAGE, format.toUpperCase(Locale.ROOT), file, sha256, triggeredBy);
			job.putLong(RUN_ID, runId);
			runs.runThatImported(sha256).ifPresent(earlier -> {
				runs.complete(runId, new ImportCounts(0, 0, 0, 0, 0),
						"the same bytes were imported by run " + earlier + ": nothing changed");
				job.putString(NO_OP, "true");
			});
			return RepeatStatus.FINISHED;
		};
	}

	/**
	 * Built once per job execution, with plain reader, processor and writer: step-scoped
	 * beans would put an AOP proxy, with a reflective call, in front of every line.
	 */
	@Bean
	@JobScope
	Step stageUsage(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			UsageImportProperties properties, ModelRepository models, ProviderRepository providers,
			UsageStaging staging, ImportRunRepository runs, ObjectProvider<Clock> clock,
			@Value("#{jobParameters['format']}") String format, @Value("#{jobParameters['file']}") String file,
			@Value("#{jobParameters['mapping']}") String mapping, @Value("#{jobParameters['sha256']}") String sha256) {
		UsageFormat usageFormat = usageFormat(format, mapping);
		UsageLineReader reader = new UsageLineReader(usageFormat, Path.of(file));
		String fileName = Path.of(file).getFileName().toString();
		LocalDate today = LocalDate.now(clock.getIfAvailable(Clock::systemUTC));
		UsageValues limits = new UsageValues(properties.earliestUsageDate(), today.plusDays(properties.maxDaysAhead()));
		UsageLineWriter writer = new UsageLineWriter(staging, runs, fileName, !usageFormat.keysMayRepeat(),
				new CatalogueNames(models, providers, sha256.substring(0, 12)));
		// Per-item observations cost more than the mapping at millions of lines; the
		// application turns them off (management.observations.enable.spring.batch.item):
		// a registry set here would be replaced by Spring Batch's observability
		// post-processor.
		return new StepBuilder(STAGE_STEP, jobRepository).<UsageLine, UsageLine>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(reader)
			.processor(new UsageLineProcessor(limits, usageFormat, fileName))
			.writer(writer)
			.listener((StepExecutionListener) reader)
			.listener((StepExecutionListener) writer)
			.build();
	}

	@Bean
	Step publishUsage(JobRepository jobRepository, Tasklet publishUsageTasklet) {
		return new StepBuilder(PUBLISH_STEP, jobRepository)
			.tasklet(publishUsageTasklet, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	@StepScope
	Tasklet publishUsageTasklet(JobRepository jobRepository, UsageStaging staging, ImportRunRepository runs,
			PlatformTransactionManager transactionManager, UsageImportProperties properties,
			@Value("#{jobExecutionContext['usage.runId']}") Long runId,
			@Value("#{jobParameters['format']}") String format, @Value("#{jobParameters['file']}") String file,
			@Value("#{jobParameters['mapping']}") String mapping, @Value("#{jobParameters['sha256']}") String sha256) {
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		return (contribution, chunkContext) -> {
			ImportRun run = runs.find(runId).orElseThrow();
			if (run.status() == ImportStatus.COMPLETED) {
				return RepeatStatus.FINISHED;
			}
			if (run.status() == ImportStatus.FAILED) {
				if (staging.staged(runId) == 0) {
					// refused for its bad rows, which discarded its staged rows: stays
					// failed
					throw new IllegalStateException("usage import run " + runId + " failed: " + run.message());
				}
				// an earlier publish broke on the database; its staged rows still wait
				runs.reopen(runId);
			}
			long read = stageReadCount(jobRepository,
					chunkContext.getStepContext().getStepExecution().getJobExecution());
			long staged = staging.staged(runId);
			long bad = runs.quarantinedCount(runId);
			long considered = staged + bad;
			if (bad > 0 && bad > properties.maxBadRowShare() * considered) {
				List<RowFailure> failures = runs.quarantinedRows(runId);
				String reason = String.format(Locale.ROOT,
						"%d of %d AI rows refused (%.1f %%, more than the %.1f %% allowed): nothing of %s was kept;"
								+ " first: %s",
						bad, considered, 100.0 * bad / considered, 100 * properties.maxBadRowShare(), file,
						failures.get(0).describe());
				transaction.executeWithoutResult(status -> {
					staging.discard(runId);
					runs.fail(runId, new ImportCounts(read, 0, 0, 0, bad), reason);
				});
				throw new IllegalStateException(reason);
			}
			try {
				publish(transaction, staging, runs, runId, format, file, mapping, sha256, read, staged, bad);
			}
			catch (DataAccessException ex) {
				if (!outOfRange(ex)) {
					throw ex;
				}
				// every line fits, a day's total does not: the same file fails again, so
				// nothing is kept and the advice is to correct the file, not to resume
				String reason = String.format(Locale.ROOT, "%s: nothing of %s was kept; split or correct the export",
						staging.firstTotalOutOfRange(runId).orElse("a daily total is beyond what a daily row holds"),
						file);
				transaction.executeWithoutResult(status -> {
					staging.discard(runId);
					runs.fail(runId, new ImportCounts(read, 0, 0, 0, bad), reason);
				});
				throw new IllegalStateException(reason, ex);
			}
			return RepeatStatus.FINISHED;
		};
	}

	private static void publish(TransactionTemplate transaction, UsageStaging staging, ImportRunRepository runs,
			long runId, String format, String file, String mapping, String sha256, long read, long staged, long bad) {
		long considered = staged + bad;
		transaction.executeWithoutResult(status -> {
			String unknown = unknownModels(staging, runId);
			UsageStaging.Published published = staging.publish(runId, usageFormat(format, mapping).keysMayRepeat(),
					staged);
			runs.registerFile(sha256, ImportKind.USAGE, format, file, runId);
			runs.complete(runId, new ImportCounts(read, published.rowsInserted(), published.rowsReplaced(), 0, bad),
					String.format(Locale.ROOT,
							"%d AI lines stored as %d daily rows, %d daily rows of the same partitions replaced,"
									+ " %d duplicate lines counted once, %d rows quarantined, %d lines not AI usage%s",
							published.linesStored(), published.rowsInserted(), published.rowsReplaced(),
							published.duplicateLines(), bad, read - considered, unknown));
		});
	}

	/**
	 * A numeric value out of range: SQLSTATE 22003 on PostgreSQL and H2, and H2's 22004
	 * ("Numeric value out of range … in column").
	 */
	private static boolean outOfRange(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLException sql && ("22003".equals(sql.getSQLState())
					|| ("22004".equals(sql.getSQLState()) && sql.getClass().getName().startsWith("org.h2.")))) {
				return true;
			}
		}
		return false;
	}

	private static UsageFormat usageFormat(String format, String mapping) {
		return UsageFormats.byCode(format, mapping)
			.orElseThrow(() -> new IllegalArgumentException(
					"format must be one of " + UsageFormats.codes() + ", was '" + format + "'"));
	}

	/**
	 * @return lines the stage step had read at its last committed chunk, over all its
	 * executions: a run resumed after a kill during publish has no stage step in its
	 * current execution (the step completed before), so the count is the job instance's
	 */
	static long stageReadCount(JobRepository jobRepository, JobExecution job) {
		StepExecution stage = jobRepository.getLastStepExecution(job.getJobInstance(), STAGE_STEP);
		return (stage != null) ? stage.getExecutionContext().getLong(UsageLineReader.LINES_READ, 0L) : 0;
	}

	private static String unknownModels(UsageStaging staging, long runId) {
		List<String> names = staging.unresolvedModels(runId);
		return names.isEmpty() ? ""
				: "; models not in the catalogue (kept with their raw name): " + String.join(", ", names);
	}

}
