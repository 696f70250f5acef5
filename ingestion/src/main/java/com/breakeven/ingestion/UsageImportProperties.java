package com.breakeven.ingestion;

/**
 * Settings of usage imports.
 *
 * @param maxBadRowShare share of refused rows (among AI rows) above which the import
 * fails and nothing of the file is kept (0.05 = 5 %); below it refused rows are
 * quarantined with their reason
 * @param chunkSize rows per committed chunk of the restartable read
 */
public record UsageImportProperties(double maxBadRowShare, int chunkSize) {

	/** 5 %, 1,000 rows a chunk. */
	public static final UsageImportProperties DEFAULTS = new UsageImportProperties(0.05, 1000);

	public UsageImportProperties {
		if (!(maxBadRowShare >= 0 && maxBadRowShare <= 1)) {
			throw new IllegalArgumentException("maxBadRowShare is a fraction (0.05 = 5 %), was " + maxBadRowShare);
		}
		if (chunkSize < 1) {
			throw new IllegalArgumentException("chunkSize must be >= 1, was " + chunkSize);
		}
	}

}
