package com.breakeven.ingestion;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Settings of usage imports.
 *
 * @param maxBadRowShare share of refused rows (among AI rows) above which the import
 * fails and nothing of the file is kept (0.05 = 5 %); below it refused rows are
 * quarantined with their reason
 * @param chunkSize rows per committed chunk of the restartable read
 * @param earliestUsageDate the first plausible usage day; a row dated before it is
 * quarantined (a year 0001, a negative epoch)
 * @param maxDaysAhead days after today (UTC) a row may still be dated; a row dated later
 * is quarantined (a year 9999, epoch seconds 1e15)
 */
public record UsageImportProperties(double maxBadRowShare, int chunkSize, LocalDate earliestUsageDate,
		int maxDaysAhead) {

	/** The first day the default plausibility window admits. */
	public static final LocalDate EARLIEST_USAGE_DATE = LocalDate.of(2015, 1, 1);

	/** Days ahead the default plausibility window admits (time zones, clock skew). */
	public static final int MAX_DAYS_AHEAD = 7;

	/**
	 * 5 %, 1,000 rows a chunk, usage from 2015-01-01 to 7 days ahead (declared last: it
	 * reads the two above).
	 */
	public static final UsageImportProperties DEFAULTS = new UsageImportProperties(0.05, 1000);

	public UsageImportProperties {
		if (!(maxBadRowShare >= 0 && maxBadRowShare <= 1)) {
			throw new IllegalArgumentException("maxBadRowShare is a fraction (0.05 = 5 %), was " + maxBadRowShare);
		}
		if (chunkSize < 1) {
			throw new IllegalArgumentException("chunkSize must be >= 1, was " + chunkSize);
		}
		Objects.requireNonNull(earliestUsageDate, "earliestUsageDate must not be null");
		if (maxDaysAhead < 0) {
			throw new IllegalArgumentException("maxDaysAhead must be >= 0, was " + maxDaysAhead);
		}
	}

	/** With the default plausibility window: 2015-01-01 to 7 days after today. */
	public UsageImportProperties(double maxBadRowShare, int chunkSize) {
		this(maxBadRowShare, chunkSize, EARLIEST_USAGE_DATE, MAX_DAYS_AHEAD);
	}

}
