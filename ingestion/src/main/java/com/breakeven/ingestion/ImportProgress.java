package com.breakeven.ingestion;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * How far a running import has got, from its Spring Batch step's committed counts: what
 * the command line prints every two seconds and what the UI polls.
 *
 * @param runId the import run
 * @param linesRead lines read and committed by the step's current execution (a resumed
 * run counts from where it resumed)
 * @param totalLines lines in the file when known, else {@code null}
 * @param stepStarted when the step's current execution started
 * @param asOf when the counts were read
 */
public record ImportProgress(long runId, long linesRead, Long totalLines, OffsetDateTime stepStarted,
		OffsetDateTime asOf) {

	/** Lines per second since the step started; 0 before the first second. */
	public double linesPerSecond() {
		double seconds = Duration.between(this.stepStarted, this.asOf).toMillis() / 1000.0;
		return (seconds < 1) ? 0 : this.linesRead / seconds;
	}

	/** Time left at the rate so far, when the file's size and a rate are known. */
	public Optional<Duration> timeLeft() {
		double rate = linesPerSecond();
		if (this.totalLines == null || rate <= 0) {
			return Optional.empty();
		}
		return Optional.of(Duration.ofSeconds((long) (Math.max(0, this.totalLines - this.linesRead) / rate)));
	}

	public ImportProgress withTotalLines(long lines) {
		return new ImportProgress(this.runId, this.linesRead, lines, this.stepStarted, this.asOf);
	}

}
