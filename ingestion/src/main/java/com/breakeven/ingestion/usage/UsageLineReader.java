package com.breakeven.ingestion.usage;

import java.nio.file.Path;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams a usage export line by line (plain, gzip or Parquet, see {@link ExportFiles};
 * parsed on a second thread, a bounded batch ahead) and remembers, at every chunk commit,
 * how many lines it has handed out; a restarted step skips exactly those, so no line is
 * staged twice or missed.
 */
public class UsageLineReader implements ItemStreamReader<UsageLine>, StepExecutionListener {

	static final String LINES_READ = "usage.linesRead";

	private final UsageFormat format;

	private final Path file;

	private boolean nothingToRead;

	private UsageLines lines;

	private long linesRead;

	/**
	 * @param format the export's format
	 * @param file the export
	 */
	public UsageLineReader(UsageFormat format, Path file) {
		this.format = format;
		this.file = file;
	}

	/** Reads nothing when the run is a no-op (the same bytes were imported before). */
	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.nothingToRead = "true".equals(stepExecution.getJobExecution()
			.getExecutionContext()
			.getString(UsageImportJobConfiguration.NO_OP, "false"));
	}

	@Override
	public void open(ExecutionContext executionContext) {
		if (this.nothingToRead) {
			return;
		}
		UsageLines fromFile = ExportFiles.open(this.format, this.file);
		long alreadyRead = executionContext.getLong(LINES_READ, 0L);
		while (this.linesRead < alreadyRead && fromFile.hasNext()) {
			fromFile.next();
			this.linesRead++;
		}
		this.lines = new ReadAhead(fromFile, "usage-read-ahead");
	}

	@Override
	public UsageLine read() {
		if (this.nothingToRead || !this.lines.hasNext()) {
			return null;
		}
		this.linesRead++;
		return this.lines.next();
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putLong(LINES_READ, this.linesRead);
	}

	@Override
	public void close() {
		if (this.lines != null) {
			this.lines.close();
			this.lines = null;
		}
	}

}
