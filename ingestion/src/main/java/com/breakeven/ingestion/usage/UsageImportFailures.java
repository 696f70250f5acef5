package com.breakeven.ingestion.usage;

import java.util.Locale;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import com.breakeven.ingestion.ImportCounts;
import com.breakeven.ingestion.ImportRunRepository;
import com.breakeven.ingestion.ImportStatus;

/**
 * Marks the import run FAILED, with the reason and the line the import had reached, when
 * a step of the job fails on something other than a refused row (a database error, an
 * unreadable file): the step has no skip policy, so such a line fails the job and never
 * vanishes. The committed chunks stay staged; a restart resumes after them.
 */
class UsageImportFailures implements JobExecutionListener {

	private final ImportRunRepository runs;

	UsageImportFailures(ImportRunRepository runs) {
		this.runs = runs;
	}

	@Override
	public void afterJob(JobExecution job) {
		if (job.getStatus() != BatchStatus.FAILED
				|| !job.getExecutionContext().containsKey(UsageImportJobConfiguration.RUN_ID)) {
			return;
		}
		long runId = job.getExecutionContext().getLong(UsageImportJobConfiguration.RUN_ID);
		this.runs.find(runId).filter(run -> run.status() == ImportStatus.RUNNING).ifPresent(run -> {
			long committed = UsageImportJobConfiguration.stageReadCount(job);
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
			this.runs.fail(runId, new ImportCounts(committed, 0, 0, 0, this.runs.quarantinedCount(runId)),
					String.format(Locale.ROOT,
							"%s failed after %,d committed lines, nothing published: %s; run the same import again to"
									+ " resume after the committed lines",
							failedStep, committed, cause));
		});
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
