package com.breakeven.ingestion;

import java.time.Duration;

/**
 * Settings of price-feed imports.
 *
 * @param timeout longest wait for a feed URL to connect and to answer
 * @param maxRefusedShare share of refused entries above which the whole import fails and
 * nothing is kept (0.02 = 2 %); below it, refused entries are quarantined with their
 * reason and the rest is applied
 */
public record PriceFeedImportProperties(Duration timeout, double maxRefusedShare) {

	/** 30 s, 2 %. */
	public static final PriceFeedImportProperties DEFAULTS = new PriceFeedImportProperties(Duration.ofSeconds(30),
			0.02);

	public PriceFeedImportProperties {
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeout must be positive, was " + timeout);
		}
		if (!(maxRefusedShare >= 0 && maxRefusedShare <= 1)) {
			throw new IllegalArgumentException("maxRefusedShare is a fraction (0.02 = 2 %), was " + maxRefusedShare);
		}
	}

}
