package com.breakeven.ingestion.usage;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.breakeven.ingestion.ImportRunRepository;

/**
 * Stages accepted rows (summed per day and dimensions within the chunk where the format
 * allows, then resolved against the catalogue) and quarantines refused ones, in the
 * chunk's transaction.
 */
public class UsageLineWriter implements ItemWriter<UsageLine>, StepExecutionListener {

	private final UsageStaging staging;

	private final ImportRunRepository runs;

	private long runId;

	private final String fileName;

	private final boolean sumPerDay;

	private final CatalogueNames names;

	/**
	 * @param sumPerDay whether the chunk's lines of one day and dimensions may be staged
	 * as one row (the format's keys cannot repeat)
	 */
	UsageLineWriter(UsageStaging staging, ImportRunRepository runs, String fileName, boolean sumPerDay,
			CatalogueNames names) {
		this.staging = staging;
		this.runs = runs;
		this.fileName = fileName;
		this.sumPerDay = sumPerDay;
		this.names = names;
	}

	/**
	 * The import run, opened by the job's first step; linked to this job execution so
	 * that its progress can be followed.
	 */
	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.runId = stepExecution.getJobExecution().getExecutionContext().getLong(UsageImportJobConfiguration.RUN_ID);
		this.runs.attachJobExecution(this.runId, stepExecution.getJobExecutionId());
	}

	@Override
	public void write(Chunk<? extends UsageLine> chunk) {
		List<UsageStaging.StagedRow> rows = new ArrayList<>(chunk.size());
		for (UsageLine line : chunk) {
			if (line instanceof UsageLine.Accepted accepted) {
				rows.add(new UsageStaging.StagedRow(accepted.usage(), this.fileName, accepted.line()));
			}
			else if (line instanceof UsageLine.Refused refused) {
				this.runs.quarantine(this.runId, refused.failure());
			}
		}
		if (rows.isEmpty()) {
			return;
		}
		List<UsageStaging.StagedRow> staged = this.sumPerDay ? ChunkTotals.sum(rows) : rows;
		List<UsageStaging.StagedRow> resolved = new ArrayList<>(staged.size());
		for (UsageStaging.StagedRow row : staged) {
			resolved.add(this.names.resolve(row));
		}
		this.staging.stage(this.runId, resolved);
	}

}
