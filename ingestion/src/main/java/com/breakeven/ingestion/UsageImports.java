package com.breakeven.ingestion;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import com.breakeven.ingestion.usage.ParquetUsageLines;
import com.breakeven.ingestion.usage.UsageFormats;
import com.breakeven.ingestion.usage.UsageImportJobConfiguration;
import com.breakeven.ingestion.usage.UsageStaging;

/**
 * Runs the usage import job for one file. The same file (path and bytes) is the same job
 * instance: a run that a crash or a kill left half-way is recovered and restarted from
 * its last committed chunk; a completed one is not repeated.
 */
@Service
public class UsageImports {

	/** Characters of a source's name (the ledger's source key holds it with a prefix). */
	private static final int MAX_SOURCE_LENGTH = 100;

	private static final EnumSet<BatchStatus> LEFT_RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
			BatchStatus.STOPPING);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final ImportRunRepository runs;

	private final UsageStaging staging;

	public UsageImports(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("usageImportJob") Job job,
			ImportRunRepository runs, UsageStaging staging) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.runs = runs;
		this.staging = staging;
	}

	/**
	 * Ends a run that a process which has died left running, and that nobody can resume
	 * (its file is gone): its job execution is marked failed, its staged rows are deleted
	 * and the run is marked failed with the reason. A run no longer running is left as it
	 * is.
	 * @param runId the run
	 * @param reason what the user reads on the imports page
	 */
	public void abandon(long runId, String reason) {
		Optional<ImportRun> run = this.runs.find(runId).filter(r -> r.status() == ImportStatus.RUNNING);
		if (run.isEmpty()) {
			return;
		}
		this.runs.jobExecutionId(runId)
			.map(this.jobRepository::getJobExecution)
			.filter(execution -> execution != null && LEFT_RUNNING.contains(execution.getStatus()))
			.ifPresent(this.jobOperator::recover);
		this.staging.discard(runId);
		this.runs.fail(runId, run.get().counts(), reason);
	}

	/** Codes of the usage formats an import reads ("focus", "openai-usage", …). */
	public static List<String> formats() {
		return UsageFormats.codes();
	}

	/**
	 * @return how far the run has got, while it runs (lines read and committed by its
	 * staging step)
	 */
	public Optional<ImportProgress> progress(long runId) {
		return this.runs.progress(runId, UsageImportJobConfiguration.STAGE_STEP,
				UsageImportJobConfiguration.PUBLISH_STEP);
	}

	/** The progress of the usage import started last, while it runs. */
	public Optional<ImportProgress> latestProgress() {
		return this.runs.latestRunning(ImportKind.USAGE).flatMap(this::progress);
	}

	/**
	 * Names the source of a generic export beside its mapping (the upload's or the
	 * command line's {@code source}): a restated export of the same source replaces the
	 * days it covers whatever the file is called.
	 * @param format a code of {@link UsageFormats}
	 * @param mapping the generic format's column mapping, else {@code null} or blank
	 * @param source the source's name ({@code finance-export}), else {@code null} or
	 * blank
	 * @return the mapping that names the source ({@code …,source=:finance-export}), or
	 * the mapping as given when no source is named
	 * @throws IllegalArgumentException when a source is named for another format, when
	 * the mapping names one too, or when the name cannot be a mapping constant
	 */
	public static String mappingWithSource(String format, String mapping, String source) {
		String given = (mapping == null || mapping.isBlank()) ? null : mapping;
		if (source == null || source.isBlank()) {
			return given;
		}
		if (!"generic".equals(format)) {
			throw new IllegalArgumentException("source names the source of a generic export; " + format
					+ " exports carry their own (the billing account or organization)");
		}
		String name = source.strip();
		if (name.length() > MAX_SOURCE_LENGTH || !name.matches("[\\p{L}\\p{N} ._:/@-]+")) {
			throw new IllegalArgumentException(
					"source must be up to " + MAX_SOURCE_LENGTH + " letters, digits, spaces or . _ : / @ -");
		}
		if (given != null && java.util.Arrays.stream(given.split(",")).anyMatch(e -> e.strip().startsWith("source="))) {
			throw new IllegalArgumentException("source is named twice: by the mapping and by the source field");
		}
		return ((given != null) ? given + "," : "") + "source=:" + name;
	}

	/**
	 * Checks a format and its mapping before an import is accepted, so that an upload
	 * with a mapping that cannot work is refused at once.
	 * @param format a code of {@link UsageFormats}
	 * @param mapping the column mapping of the {@code generic} format, else {@code null}
	 * @throws IllegalArgumentException naming what is wrong: an unknown format, a generic
	 * import without a mapping, an unknown field, a bad constant, a cost without currency
	 */
	public static void check(String format, String mapping) {
		if (UsageFormats.byCode(format, mapping).isEmpty()) {
			throw new IllegalArgumentException(
					"format must be one of " + UsageFormats.codes() + ", was '" + format + "'");
		}
	}

	/**
	 * @param format a code of {@link UsageFormats}
	 * @param file the export
	 * @param triggeredBy who asked
	 * @return the import run: COMPLETED (perhaps a no-op for bytes imported before) or
	 * FAILED with its reason
	 */
	public ImportRun run(String format, Path file, String triggeredBy) {
		return run(format, null, file, triggeredBy);
	}

	/**
	 * @param format a code of {@link UsageFormats}
	 * @param mapping the column mapping of the {@code generic} format
	 * ({@code date=Day,model=Model,…}), else {@code null}
	 * @param file the export
	 * @param triggeredBy who asked
	 * @return the import run
	 */
	public ImportRun run(String format, String mapping, Path file, String triggeredBy) {
		Path absolute = file.toAbsolutePath().normalize();
		try {
			check(format, mapping);
		}
		catch (IllegalArgumentException ex) {
			// a run that cannot start ends failed, with its reason, rather than never
			String named = String.valueOf(format).toUpperCase(Locale.ROOT);
			long runId = this.runs.start(ImportKind.USAGE, named.substring(0, Math.min(named.length(), 40)),
					absolute.toString(), null, triggeredBy);
			this.runs.fail(runId, new ImportCounts(0, 0, 0, 0, 0), ex.getMessage());
			return this.runs.find(runId).orElseThrow();
		}
		FileDigest digest = FileDigest.of(absolute);
		JobParametersBuilder builder = new JobParametersBuilder().addString("format", format.toLowerCase())
			.addString("file", absolute.toString())
			.addString("sha256", digest.sha256())
			.addString("mapping", (mapping != null) ? mapping : "")
			.addString("triggeredBy", triggeredBy, false);
		boolean lineOriented = UsageFormats.byCode(format, mapping).orElseThrow().oneRecordPerLine();
		if (lineOriented && !digest.parquet()) {
			// plain or gzip-compressed text
			digest.recordsAfterHeader()
				.ifPresent(records -> builder.addLong(ImportRunRepository.TOTAL_LINES_PARAMETER, records, false));
		}
		else if (digest.parquet()) {
			// a row a record; the footer says how many, so progress has a per cent and
			// a time left for Parquet too
			ParquetUsageLines.rowCount(absolute)
				.ifPresent(rows -> builder.addLong(ImportRunRepository.TOTAL_LINES_PARAMETER, rows, false));
		}
		JobParameters parameters = builder.toJobParameters();
		try {
			JobExecution last = this.jobRepository.getLastJobExecution(UsageImportJobConfiguration.JOB_NAME,
					parameters);
			JobExecution execution;
			if (last == null) {
				execution = this.jobOperator.start(this.job, parameters);
			}
			else if (last.getStatus() == BatchStatus.COMPLETED) {
				execution = last;
			}
			else {
				JobExecution restartable = LEFT_RUNNING.contains(last.getStatus()) ? this.jobOperator.recover(last)
						: last;
				reopenIfStagingBroke(last);
				execution = this.jobOperator.restart(restartable);
			}
			return runOf(execution);
		}
		catch (org.springframework.batch.core.launch.JobExecutionAlreadyRunningException
				| org.springframework.batch.core.launch.JobRestartException
				| org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException
				| org.springframework.batch.core.job.parameters.InvalidJobParametersException ex) {
			throw new IllegalStateException("cannot run the usage import of " + absolute + ": " + ex.getMessage(), ex);
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			// the job key is the file's digest (JOB_INST_UN): another instance started
			// the
			// same file at the same moment and imports it
			throw new IllegalStateException("cannot run the usage import of " + absolute
					+ ": the same file was started at the same moment elsewhere, which imports it", ex);
		}
	}

	/**
	 * A run whose staging step broke (killed, or a database error) resumes as running;
	 * one that the publish step refused (too many bad rows) stays failed.
	 */
	private void reopenIfStagingBroke(JobExecution last) {
		boolean stagingUnfinished = last.getStepExecutions()
			.stream()
			.noneMatch(step -> step.getStepName().equals("stageUsage") && step.getStatus() == BatchStatus.COMPLETED);
		if (stagingUnfinished && last.getExecutionContext().containsKey(UsageImportJobConfiguration.RUN_ID)) {
			this.runs.reopen(last.getExecutionContext().getLong(UsageImportJobConfiguration.RUN_ID));
		}
	}

	private ImportRun runOf(JobExecution execution) {
		if (!execution.getExecutionContext().containsKey(UsageImportJobConfiguration.RUN_ID)) {
			throw new IllegalStateException("usage import job " + execution.getId() + " ended " + execution.getStatus()
					+ " before opening an import run: " + execution.getAllFailureExceptions());
		}
		return this.runs.find(execution.getExecutionContext().getLong(UsageImportJobConfiguration.RUN_ID))
			.orElseThrow();
	}

}
