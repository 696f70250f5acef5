package com.breakeven.ingestion;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How far a running import has got, from its Spring Batch steps' committed counts: what
 * the command line prints every two seconds and what the UI polls. A run resumed after a
 * crash counts the lines its earlier executions committed too, and measures its rate
 * since it resumed.
 *
 * @param runId the import run
 * @param phase what the run is doing now
 * @param linesDone lines read and committed so far, over every execution of the run
 * @param linesSinceResume lines read and committed by the current execution (equal to
 * {@code linesDone} when the run never resumed)
 * @param totalLines records in the file when known (a line-oriented export), else
 * {@code null}
 * @param phaseStarted when the current execution's step started
 * @param asOf when the counts were read
 */
public record ImportProgress(long runId, Phase phase, long linesDone, long linesSinceResume, Long totalLines,
		OffsetDateTime phaseStarted, OffsetDateTime asOf) {

	/** What a usage import is doing. */
	public enum Phase {

		/** Reading the file and staging its rows in committed chunks. */
		READING,

		/**
		 * Replacing the days the file covers with its staged rows, in one transaction.
		 */
		PUBLISHING;

		/** The phase in words, for the page and the command line. */
		public String words() {
			return (this == READING) ? "reading and staging" : "publishing";
		}

	}

	/**
	 * Lines per second since the current execution started reading; 0 before a second.
	 */
	public double linesPerSecond() {
		double seconds = Duration.between(this.phaseStarted, this.asOf).toMillis() / 1000.0;
		return (this.phase != Phase.READING || seconds < 1) ? 0 : this.linesSinceResume / seconds;
	}

	/** Share of the file's lines read, 0–100, when the file's size is known. */
	public OptionalDouble percentRead() {
		if (this.phase == Phase.PUBLISHING) {
			return OptionalDouble.of(100);
		}
		if (this.totalLines == null || this.totalLines <= 0) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(Math.min(100, 100.0 * this.linesDone / this.totalLines));
	}

	/** Reading time left at the rate since the run (re)started, when both are known. */
	public Optional<Duration> timeLeft() {
		double rate = linesPerSecond();
		if (this.totalLines == null || rate <= 0) {
			return Optional.empty();
		}
		return Optional.of(Duration.ofSeconds((long) (Math.max(0, this.totalLines - this.linesDone) / rate)));
	}

	/**
	 * The progress in one line, as the command line, the imports page and its poll show
	 * it: "reading and staging: 980,000 of 1,000,000 lines (98 %), 12,345 lines/s, about
	 * 0m02s left".
	 */
	public String describe() {
		StringBuilder line = new StringBuilder(this.phase.words()).append(": ");
		line.append(String.format(Locale.ROOT, "%,d", this.linesDone));
		if (this.totalLines != null) {
			line.append(String.format(Locale.ROOT, " of %,d", this.totalLines));
		}
		line.append(" lines");
		percentRead().ifPresent(percent -> line.append(String.format(Locale.ROOT, " (%.0f %%)", percent)));
		if (this.phase == Phase.READING) {
			line.append(String.format(Locale.ROOT, ", %,.0f lines/s", linesPerSecond()));
			timeLeft().ifPresent(left -> line
				.append(String.format(Locale.ROOT, ", about %dm%02ds left", left.toMinutes(), left.toSecondsPart())));
		}
		return line.toString();
	}

}
