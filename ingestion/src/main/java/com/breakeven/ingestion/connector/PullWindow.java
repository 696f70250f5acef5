package com.breakeven.ingestion.connector;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The UTC days one pull asks for, {@code start} inclusive to {@code end} exclusive. Only
 * complete days are asked for: the window ends at the start of today (UTC), so every day
 * stored is a finished day and the cursor can move past it.
 *
 * @param start the first day
 * @param end the day after the last
 */
public record PullWindow(LocalDate start, LocalDate end) {

	public PullWindow {
		if (start == null || end == null) {
			throw new IllegalArgumentException("a pull window needs its start and end days");
		}
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("a pull window must end after it starts, was " + start + " to " + end);
		}
	}

	/**
	 * @param completeThrough the last day stored by earlier pulls, else {@code null} (the
	 * first pull)
	 * @param today today's UTC date
	 * @param backfillDays complete days a first pull reaches back
	 * @param restateDays complete days before the cursor pulled again, for usage the
	 * provider restates late (the day-replacing import makes them idempotent)
	 * @return the window, or empty when every complete day is stored
	 */
	public static Optional<PullWindow> next(LocalDate completeThrough, LocalDate today, int backfillDays,
			int restateDays) {
		if (backfillDays < 1) {
			throw new IllegalArgumentException("backfillDays must be >= 1, was " + backfillDays);
		}
		if (restateDays < 0) {
			throw new IllegalArgumentException("restateDays must be >= 0, was " + restateDays);
		}
		LocalDate start = (completeThrough == null) ? today.minusDays(backfillDays)
				: completeThrough.plusDays(1).minusDays(restateDays);
		return start.isBefore(today) ? Optional.of(new PullWindow(start, today)) : Optional.empty();
	}

	/**
	 * @param completeThrough the last day stored, else {@code null}
	 * @param today today's UTC date
	 * @return whole days between the last complete day (yesterday) and the last day
	 * stored: 0 when up to date; empty before the first pull stored a day
	 */
	public static Optional<Long> lagDays(LocalDate completeThrough, LocalDate today) {
		if (completeThrough == null) {
			return Optional.empty();
		}
		return Optional.of(Math.max(0, ChronoUnit.DAYS.between(completeThrough, today.minusDays(1))));
	}

	/**
	 * @return the days it covers
	 */
	public int days() {
		return Math.toIntExact(ChronoUnit.DAYS.between(this.start, this.end));
	}

}
