package com.breakeven.ingestion.usage;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.breakeven.ingestion.ImportRunRepository;

/** Stages accepted rows and quarantines refused ones, in the chunk's transaction. */
public class UsageLineWriter implements ItemWriter<UsageLine> {

	private final UsageStaging staging;

	private final ImportRunRepository runs;

	private final long runId;

	private final String fileName;

	public UsageLineWriter(UsageStaging staging, ImportRunRepository runs, long runId, String fileName) {
		this.staging = staging;
		this.runs = runs;
		this.runId = runId;
		this.fileName = fileName;
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
		if (!rows.isEmpty()) {
			this.staging.stage(this.runId, rows);
		}
	}

}
