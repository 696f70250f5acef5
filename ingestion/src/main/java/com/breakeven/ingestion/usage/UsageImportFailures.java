package com.breakeven.ingestion.usage;

import java.util.Locale;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import com.breakeven.ingestion.ImportCounts;
import com.breakeven.ingestion.ImportRunRepository;
import com.breakeven.ingestion.ImportStatus;

/**
 * Marks the import run FAILED, with the reason and the line the import had reached, when
 * a step of the job fails on something other than a refused row (a database error, an
 * unreadable file): the step has no skip policy, so such a line fails the job and never
 * vanishes. After an interruption the committed chunks stay staged and a restart resumes
 * after them; when the file itself is at fault (not UTF-8, a broken header) they are
 * discarded, since the same bytes fail again at the same place.
 */
class UsageImportFailures implements JobExecutionListener {

	private final ImportRunRepository runs;

	private final UsageStaging staging;

	private final JobRepository jobRepository;

	UsageImportFailures(ImportRunRepository runs, UsageStaging staging, JobRepository jobRepository) {
		this.runs = runs;
		this.staging = staging;
		this.jobRepository = jobRepository;
	}

	@Override
	public void afterJob(JobExecution job) {
		if (job.getStatus() != BatchStatus.FAILED
				|| !job.getExecutionContext().containsKey(UsageImportJobConfiguration.RUN_ID)) {
			return;
		}
		long runId = job.getExecutionContext().getLong(UsageImportJobConfiguration.RUN_ID);
		this.runs.find(runId).filter(run -> run.status() == ImportStatus.RUNNING).ifPresent(run -> {
			long committed = UsageImportJobConfiguration.stageReadCount(this.jobRepository, job);
			String cause = job.getAllFailureExceptions()
				.stream()
				.map(UsageImportFailures::rootMessage)
				.findFirst()
				.orElse("unknown cause");
			String failedStep = job.getStepExecutions()
				.stream()
				.filter(step -> step.getStatus() == BatchStatus.FAILED)
				.map(StepExecution::getStepName)
				.findFirst()
				.orElse("the job");
			// resuming helps after an interruption (a database outage); a file that
			// cannot be read fails again at the same place, so it is not advised then
			boolean fileAtFault = job.getAllFailureExceptions().stream().anyMatch(UsageImportFailures::isFileProblem);
			String advice = fileAtFault ? "correct the file and import it again"
					: "run the same import again to resume after the committed lines";
			if (fileAtFault) {
				// the same bytes fail at the same place again: nothing staged will be
				// published
				this.staging.discard(runId);
			}
			this.runs.fail(runId, new ImportCounts(committed, 0, 0, 0, this.runs.quarantinedCount(runId)),
					String.format(Locale.ROOT, "%s failed after %,d committed lines, nothing published: %s; %s",
							failedStep, committed, cause, advice));
		});
	}

	private static boolean isFileProblem(Throwable failure) {
		return fileProblem(failure) != null;
	}

	/** The file's own complaint, which says more than its low-level cause. */
	private static UsageFileException fileProblem(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof UsageFileException file) {
				return file;
			}
		}
		return null;
	}

	private static String rootMessage(Throwable failure) {
		UsageFileException file = fileProblem(failure);
		if (file != null) {
			return file.getMessage();
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
